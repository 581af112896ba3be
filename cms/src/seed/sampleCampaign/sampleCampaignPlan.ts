/** The running sample campaign's slug: how seeding recognises that it is already there. */
export const sampleCampaignSlug = 'sample-reading-campaign'

/** The sample campaign's reading list: items of the sample library, by collection and slug. */
export const sampleReadingList = [
  { collection: 'articles', slug: 'theory-study-as-routine', required: true, minMinutes: 5 },
  { collection: 'policies', slug: 'three-meetings-one-lesson-2022', required: true },
  { collection: 'lectures', slug: 'reading-classics-method', required: true },
  { collection: 'videos', slug: 'story-night-school', required: true },
  { collection: 'articles', slug: 'serving-the-people', required: false },
] as const

/** Four questions (single, multiple, true/false) on the reading list. */
export const sampleQuizQuestions = [
  {
    kind: 'single' as const,
    prompt: '推动理论学习常态化，最根本的是要做到什么？',
    options: [
      { text: '把学习融入日常、持之以恒', correct: true },
      { text: '集中突击、应付检查', correct: false },
      { text: '只学习与本职工作直接相关的内容', correct: false },
    ],
    explanation: '理论学习贵在经常、重在坚持，要把学习变成日常功课。',
  },
  {
    kind: 'multiple' as const,
    prompt: '“三会一课”中的“三会”包括哪些？',
    options: [
      { text: '支部党员大会', correct: true },
      { text: '支部委员会', correct: true },
      { text: '党小组会', correct: true },
      { text: '职工代表大会', correct: false },
    ],
    explanation: '“三会”指支部党员大会、支部委员会和党小组会，“一课”指党课。',
  },
  {
    kind: 'trueFalse' as const,
    prompt: '阅读经典著作要下“笨功夫”，逐字逐句读原著、学原文。',
    options: [
      { text: '正确', correct: true },
      { text: '错误', correct: false },
    ],
    explanation: '读原著、学原文、悟原理，需要沉下心来下“笨功夫”。',
  },
  {
    kind: 'single' as const,
    prompt: '为民办实事，检验成效的标准是什么？',
    options: [
      { text: '群众满意不满意', correct: true },
      { text: '材料是否齐全', correct: false },
      { text: '宣传报道多少', correct: false },
    ],
    explanation: '为民办实事要落到群众心坎上，以群众满意为标准。',
  },
]

/** Reflections the generated participants wrote (each longer than the campaign's minimum of 80 characters). */
export const sampleReflectionBodies = [
  '这次读书活动让我重新认识了理论学习的意义。过去总觉得工作忙、没时间，学习常常是突击式的。通过每天打卡、按书目读原文，我养成了每天抽出半小时读书的习惯。今后要把学习成果用到为群众办实事上，做到学思用贯通、知信行统一。',
  '读了《让理论学习成为日常功课》这篇文章，我深有体会。理论学习不能满足于读过、看过，而要带着问题学、联系实际学。结合支部“三会一课”规范，我认识到组织生活要有质量，党员要在学习中发挥先锋模范作用，把学习体会转化为推动工作的实际举措。',
  '观看《夜校的灯》让我很受触动。在艰苦的年代，先辈们点着油灯也要学习，追求真理的精神令人敬佩。对照先辈，我们今天的学习条件好了很多，更应该珍惜机会，下“笨功夫”读原著、学原文、悟原理，用党的创新理论武装头脑、指导实践、推动工作。',
  '通过学习为民办实事的案例，我体会到群众的小事就是我们的大事。作为一名机关党员，要经常到基层一线去，听听群众的声音，把群众满意不满意作为检验工作的标准。这次读书活动让我在思想上受到洗礼，在工作上找到了方向，今后要持续学习、久久为功。',
]
