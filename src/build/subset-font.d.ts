/** subset-font 2.9 ships no types (@types/subset-font describes 2.3, without keepFeatures). */
declare module 'subset-font' {
	interface SubsetFontOptions {
		targetFormat?: 'sfnt' | 'woff' | 'woff2' | 'truetype';
		/** OpenType features to keep; all of them when not given. */
		keepFeatures?: string[];
		preserveNameIds?: number[];
		variationAxes?: Record<string, number | { min: number; max: number; default?: number }>;
		noLayoutClosure?: boolean;
		noHinting?: boolean;
	}
	export default function subsetFont(
		font: Buffer | Uint8Array,
		text: string,
		options?: SubsetFontOptions
	): Promise<Buffer>;
}
