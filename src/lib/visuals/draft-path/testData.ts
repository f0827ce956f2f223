/**
 * Test data in the shape of the flagship's revised path (18 stages in 5 lanes, several flows into
 * the plan, each with its status, and denials at flows and at a stage), for the unit tests of
 * the layout, the placement and the component. Plain data, as a designer would pass it.
 */
import type { DraftPathData, DraftPathFlow, DraftPathStage } from './model';

const stage = (
	id: string,
	lane: string,
	date: string,
	label: string,
	extra: Partial<DraftPathStage> = {}
): DraftPathStage => ({ id, lane, date, label, status: 'documented', ...extra });

const flow = (
	id: string,
	from: string,
	to: string,
	kind: DraftPathFlow['kind'],
	extra: Partial<DraftPathFlow> = {}
): DraftPathFlow => ({ id, from, to, kind, status: 'documented', ...extra });

const stateDepartment = {
	by: 'the State Department',
	text: 'this plan was authored by the United States, with input from both the Russians and Ukrainians',
	quote: true,
	sources: ['NewsNation']
};

export const revisedPath: DraftPathData = {
	lanes: [
		{ id: 'moscow', label: 'Moscow', description: 'Dmitriev, Ushakov' },
		{ id: 'back-channel', label: 'Back channel', description: 'Witkoff, Dmitriev' },
		{ id: 'washington', label: 'Washington', description: 'The White House, State' },
		{ id: 'kyiv', label: 'Kyiv', description: 'Zelensky, Umerov' },
		{ id: 'press', label: 'The press', description: 'Axios, Reuters, Bloomberg' }
	],
	stages: [
		stage('earlier-draft', 'moscow', '2025-01-25', 'An earlier Dmitriev draft', {
			dateLabel: 'Late Jan.',
			status: 'claimed',
			claimant: 'The Insider (anonymous source)'
		}),
		stage('call-1', 'back-channel', '2025-10-14', 'Witkoff–Ushakov call', {
			sources: ['Bloomberg']
		}),
		stage('trump-putin-call', 'washington', '2025-10-16', 'Trump–Putin call'),
		stage('zelensky-visit', 'kyiv', '2025-10-17', 'Zelensky at the White House'),
		stage('non-paper', 'moscow', '2025-10-18', 'A Russian “non-paper”', {
			dateLabel: 'Mid-Oct.',
			status: 'reported',
			sources: ['Reuters']
		}),
		stage('miami', 'back-channel', '2025-10-24', 'Dmitriev meets Witkoff in Miami', {
			end: '2025-10-26',
			status: 'reported',
			sources: ['Reuters', 'Axios']
		}),
		stage('call-2', 'moscow', '2025-10-29', 'Ushakov–Dmitriev call', {
			status: 'disputed',
			denial: { by: 'Kirill Dmitriev', text: 'fake', quote: true, sources: ['Reuters'] },
			quote: {
				text: 'make this paper from our position … informally pass it along … let them do like their own',
				by: 'Kirill Dmitriev, on the call'
			}
		}),
		stage('umerov-miami', 'kyiv', '2025-11-17', 'Umerov meets Witkoff in Miami', {
			dateLabel: 'Week of Nov. 17',
			status: 'reported',
			sources: ['Axios']
		}),
		stage('us-plan', 'washington', '2025-11-18', 'The 28-point plan', {
			status: 'reported',
			sources: ['Axios']
		}),
		stage('axios-report', 'press', '2025-11-18', 'Axios reports the plan', { status: 'reported' }),
		stage('k-post', 'back-channel', '2025-11-19', '“He must have got this from K…”'),
		stage('deadline', 'washington', '2025-11-21', 'Thanksgiving deadline'),
		stage('rubio', 'washington', '2025-11-22', 'Rubio: “authored by the U.S.”'),
		stage('reuters-miami', 'press', '2025-11-22', 'Reuters: Miami meeting produced the plan', {
			status: 'reported'
		}),
		stage('geneva', 'kyiv', '2025-11-23', 'Geneva talks: an “updated and refined” framework'),
		stage('bloomberg', 'press', '2025-11-25', 'Bloomberg publishes the calls'),
		stage(
			'reuters-non-paper',
			'press',
			'2025-11-26',
			'Reuters: the plan drew from a Russian paper',
			{
				status: 'reported'
			}
		),
		stage('moscow-responds', 'moscow', '2025-11-26', 'Moscow responds')
	],
	flows: [
		flow('draft-to-plan', 'earlier-draft', 'us-plan', 'paper', {
			label: 'many of the 28 points',
			status: 'claimed',
			claimant: 'The Insider (anonymous source)'
		}),
		flow('non-paper-to-plan', 'non-paper', 'us-plan', 'paper', {
			label: 'the plan “drew from” it',
			status: 'reported',
			sources: ['Reuters, three sources'],
			denial: stateDepartment
		}),
		flow('miami-to-plan', 'miami', 'us-plan', 'paper', {
			label: 'the meeting “resulted in” the plan',
			status: 'reported',
			sources: ['Reuters, two sources'],
			denial: stateDepartment
		}),
		flow('umerov-to-plan', 'umerov-miami', 'us-plan', 'contact', {
			label: 'Umerov “agreed with most of” it',
			status: 'disputed',
			denial: { by: 'Rustem Umerov', text: 'he gave no assessments and approved no clauses' }
		}),
		flow('advice-to-call', 'call-1', 'trump-putin-call', 'contact', {
			label: 'Witkoff urges a call before Friday'
		}),
		flow('miami-to-call-2', 'miami', 'call-2', 'contact', {
			label: 'three days later',
			status: 'reported'
		}),
		flow('plan-reported', 'us-plan', 'axios-report', 'report', { status: 'reported' }),
		flow('plan-to-deadline', 'us-plan', 'deadline', 'pressure'),
		flow('rubio-authored', 'rubio', 'us-plan', 'report', {
			label: 'U.S.-authored, with input from both sides',
			status: 'documented'
		}),
		flow('leak-to-responses', 'bloomberg', 'moscow-responds', 'report')
	]
};
