/**
 * The embed builder's words in Ukrainian. Same keys as en.ts (the type says so; words.test.ts
 * names a missing or empty one).
 */
import type { BuilderMessages } from './en';

export const uk: BuilderMessages = {
	kicker: 'Вбудовування',
	pageTitle: (title: string) => `Вбудувати: ${title}`,
	description: (title: string) =>
		`Код для вбудовування матеріалу «${title}» і кожної з його графік.`,
	dek: {
		before:
			'Розмістіть увесь матеріал або одну з його графік у власній статті. Вставте код у HTML-блок вашої CMS. Тоді матеріал прокручується разом із вашою сторінкою, як і на',
		link: 'нашій',
		after: '; графіка перемикає кроки кнопками й сама добирає свою висоту.'
	},
	colors: 'Кольори',
	themes: { light: 'Світла', dark: 'Темна', auto: 'Як у системних налаштуваннях читача' },
	preview: 'Попередній перегляд:',
	code: 'Код для вбудовування:',
	copy: 'Копіювати код',
	copied: 'Скопійовано в буфер обміну.',
	selected: 'Виділено: натисніть Ctrl+C (⌘C на Mac), щоб скопіювати.',
	feature: 'Увесь матеріал',
	featureDescription: (steps: number, sections: number) =>
		`Увесь матеріал, що прокручується у вашій статті: кроків — ${steps}, розділів — ${sections}.`,
	visualSteps: (steps: number) => `Кроків — ${steps}, з кнопками «Назад» і «Далі».`,
	notesTitle: 'Нотатки для ваших розробників',
	notes: [
		'Скрипт важить близько 1,5 КБ і не має залежностей. Одна копія обслуговує всі вбудовування на сторінці. Без нього iframe теж працює: показує кожен крок із власною графікою.',
		'Під закріпленою шапкою сайту додайте до iframe `data-scrolly-offset="60"` (її висота в пікселях). Щоб матеріал лишався розгорнутим на всю висоту, використайте `data-scrolly="stacked"`.',
		'Кожен крок, до якого доходить читач, запускає на iframe подію `scrolly:step` з `event.detail.id` і `event.detail.index` — для вашої аналітики.',
		'Сторінки на pym.js, AMP із `<amp-iframe resizable>` і WordPress (вставте адресу матеріалу: він знайде посилання oEmbed) отримують iframe, що сам добирає висоту.',
		'Iframe можна ізолювати атрибутом `sandbox="allow-scripts allow-popups"`.',
		'Ваша сторінка дізнається, як далеко читач прокрутив матеріал і до яких кроків дійшов; нічого іншого всередині iframe вона прочитати не може.'
	]
};
