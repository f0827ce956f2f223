/**
 * The interface's words in Ukrainian. Same keys as en.ts (the type says so); written as a
 * Ukrainian newsroom would, with «…» quotation marks.
 */
import type { Messages } from './en.js';

export const uk: Messages = {
	lang: 'uk',
	ogLocale: 'uk_UA',
	skipToContent: 'Перейти до основного змісту',
	site: {
		footer: 'Кожен факт у наших матеріалах має позначку статусу та джерела.',
		byline: (siteName: string) => `Редакція ${siteName}`,
		allStories: 'Усі матеріали'
	},
	status: {
		documented: 'Задокументовано',
		reported: 'Повідомлено',
		claimed: 'Стверджується',
		disputed: 'Заперечується'
	},
	statusDefinitions: {
		documented:
			'Існує першоджерело: опублікована стенограма, офіційне повідомлення, публічна заява.',
		reported: 'Повідомили одне чи кілька названих ЗМІ, і першоджерела цьому не суперечать.',
		claimed:
			'Стверджує одне видання, анонімне джерело чи коментатор; незалежного підтвердження немає.',
		disputed: 'Одна зі сторін публічно це заперечує або оскаржує.'
	},
	legend: {
		title: 'Що означають позначки',
		notes: {
			documented: {
				sample: 'Тонке підкреслення',
				rest: 'і повна крапка; суцільні лінії на графіках.'
			},
			reported: {
				sample: 'Тонке підкреслення',
				rest: 'і половина крапки; суцільні лінії на графіках.'
			},
			claimed: {
				sample: 'Пунктирне підкреслення',
				rest: 'і пунктирне кільце після слова; пунктирні лінії; названо, хто це стверджує.'
			},
			disputed: {
				sample: 'Хвилясте підкреслення',
				rest: 'і перекреслене кільце після слова; наведено зафіксоване заперечення.'
			}
		},
		how: 'Натисніть на підкреслені слова або позначку після них, щоб побачити джерела факту. Усі джерела перелічено наприкінці.'
	},
	provenance: {
		by: '—',
		claimedBy: 'Хто стверджує:',
		deniedBy: 'Заперечує',
		source: 'Джерело',
		sources: 'Джерела',
		showSources: 'показати джерела'
	},
	header: {
		published: 'Опубліковано',
		updated: 'Оновлено',
		covers: 'Період:',
		coversTo: 'до',
		checkedThrough: 'Факти перевірено станом на'
	},
	sources: {
		heading: 'Джерела',
		intro:
			'Усі джерела, на які посилається матеріал, за типами. Посилання ведуть на ту копію, яку ми читали; якщо це був передрук, про це сказано. Назви та заголовки подано мовою оригіналу.',
		groups: {
			records: 'Документи й офіційні заяви',
			news: 'Новинні повідомлення',
			reference: 'Довідкові видання',
			commentary: 'Коментарі'
		},
		noAddress: 'Вебадреса нам недоступна.',
		commentaryNote: 'Цитується як аргумент автора, а не як доказ факту.'
	},
	keyFacts: { label: 'Що ми знаємо і чого не знаємо' },
	methodNote: { title: 'Як ми це з’ясовували' },
	reactions: {
		criticism: 'Критика',
		answers: 'Відповіді та заперечення',
		kinds: { reaction: 'Критика', response: 'Відповідь', denial: 'Заперечення' },
		inOurWords: 'Нашими словами:'
	},
	translation: {
		label: 'Переклад',
		original: 'оригінал англійською',
		ourTranslation: 'Наш переклад:',
		inOriginal: 'в оригіналі',
		open: '«',
		close: '»'
	},
	transcript: {
		label: (date: string, names: string) =>
			`Стенограма розмови${date ? ` ${date}` : ''} між: ${names}`,
		and: 'і',
		onTheCall: 'Учасники розмови',
		length: 'Тривалість:',
		publishedBy: 'Стенограму опублікувало',
		callOf: (n: number, of: number) => `Розмова ${n} з ${of}`,
		summary: 'Переказ',
		notQuotation: ', не цитата:',
		summaryInText: '(Переказ, не цитата):',
		aCallBetween: 'розмова між',
		excerpts: (n: number) => `Фрагментів: ${n}, пронумеровано`,
		inPublishedOrder: 'у порядку публікації',
		onScreen: (list: string) => `: зараз на екрані ${list || 'жодного'}`
	},
	draftPath: {
		// The words a stage quotes are our translation: said so under them.
		onTheCall: 'у розмові, у перекладі',
		tracks: 'Доріжки зліва направо:',
		runsThrough: (places: number) => `Місця, через які проходить шлях (${places}):`,
		to: 'куди:',
		flowKinds: { paper: 'Документ', pressure: 'Тиск', report: 'Повідомлення', contact: 'Контакт' },
		keyKinds: { paper: 'Документ', pressure: 'Тиск', report: 'Повідомлення', contact: 'Контакт' }
	},
	timeline: {
		highlighted: 'Події, які виділяє цей розділ. Усі події за датами перелічено в розділі'
	},
	shareCard: {
		caption: (events: number, from: string, to: string, year: number) =>
			`Датованих подій: ${events}, від ${from} до ${to} ${year} року`
	},
	network: {
		explore: 'Дослідіть мережу зв’язків',
		key: 'Умовні позначення',
		intro:
			'Наведіть курсор, торкніться або перейдіть клавішею Tab до людини чи організації, щоб побачити її роль, зв’язки та їхні джерела. Клавіші зі стрілками ведуть від одного до наступного; Escape виводить із зображення.',
		viewAsTable: 'Показати таблицею',
		hint: 'Оберіть людину чи організацію на зображенні, щоб побачити, з ким вона пов’язана, як і за чиїми словами.',
		kinds: { person: 'людина', organisation: 'організація' },
		table: {
			caption: (links: number) => `Усі зв’язки мережі (${links})`,
			from: 'Від',
			link: 'Зв’язок',
			to: 'До',
			status: 'Статус',
			sources: 'Джерела'
		},
		linkShort: {
			'works-for': 'працює на',
			advises: 'радник',
			leads: 'очолює',
			'married-to': 'у шлюбі',
			'friend-of': 'друзі',
			met: 'зустріч',
			call: 'розмова',
			'sanctioned-by': 'санкції',
			'relative-of': 'родич',
			'reported-tie': 'зв’язок',
			commands: 'командує',
			'coordinates-with': 'координація',
			negotiates: 'переговори'
		},
		groups: { us: 'США', russia: 'Росія', ukraine: 'Україна', press: 'Преса', other: 'Інші' },
		legend: {
			person: 'Людина',
			organization: 'Організація',
			established: 'Задокументовано або повідомлено',
			onlyInClaims: 'Лише у твердженнях'
		}
	},
	embed: {
		sources: 'Джерела',
		from: 'З матеріалу',
		previous: 'Попередній крок',
		next: 'Наступний крок',
		back: 'Назад',
		forward: 'Далі',
		count: (n: number, of: number) => `Крок ${n} з ${of}`
	}
};
