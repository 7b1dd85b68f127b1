import { withPrefix } from './field-text.js';

// Annexes 2 and 3 in English: the needs analysis, the mentor strengths and the context they share.

const sensitivities = {
  workWithMigrants: {
    label: 'Work with migrants',
    help: "Sensitivities around the authorities' work with migrant residents.",
  },
  publicAttitudes: { label: 'Public attitudes', help: 'How the public sees migration and migrants.' },
  agencyCompetition: {
    label: 'Competition between agencies',
    help: 'Rivalry between agencies or organisations that could undermine cooperation.',
  },
  funding: { label: 'Funding and budget', help: 'Problems of funding and of the budget.' },
  competences: {
    label: 'Competences',
    help: 'What the local administration is, and is not, responsible for.',
  },
  legislation: { label: 'Legislation', help: 'Laws that affect the work, now or in the future.' },
  other: { label: 'Other', help: 'Any other sensitivity; please explain it.' },
} as const;

const localContext = {
  localContext: {
    label: 'Local context',
    help: 'The city itself: how migration has changed, who lives there, money, policies and the organisations that matter for this theme.',
  },
  'localContext.migrationTrends': {
    label: 'Migration trends',
    help: 'How has migration to your city developed in recent years? What have the main trends and issues been?',
  },
  'localContext.population': { label: 'Population', help: 'How many people live in the city?' },
  'localContext.migrantPopulation': {
    label: 'People of migrant origin',
    help: 'How many residents are of migrant origin, born abroad or foreign nationals? Say which definition the figure uses.',
  },
  'localContext.nationalitiesAndStatus': {
    label: 'Main nationalities and status groups',
    help: 'The largest nationalities, and status groups such as refugees, asylum seekers or economic migrants.',
  },
  'localContext.municipalBudget': {
    label: 'Municipal budget',
    help: "Roughly how large is the city's annual budget?",
  },
  'localContext.integrationBudget': {
    label: 'Share for integration',
    help: 'If you know it: how much of the budget (share or amount) goes to integration work and to services for migrants and refugees?',
  },
  'localContext.integrationStrategy': {
    label: 'Integration strategy',
    help: "The main content of the city's integration concept or strategy, if it has one.",
  },
  'localContext.sectoralPolicies': {
    label: 'Sectoral policies',
    help: 'Policies of other sectors (housing, education, employment…) that matter for the theme.',
  },
  'localContext.fundedInstitutions': {
    label: 'Institutions the city funds',
    help: 'Institutions funded or supported by the city that are relevant to the theme.',
  },
  'localContext.ngoNetworks': {
    label: 'NGO networks',
    help: 'The main networks of NGOs and other organisations.',
  },
  'localContext.cityNgoRelations': {
    label: 'City–NGO relations',
    help: 'Formal relations between the city and migrant NGOs, e.g. an advisory body, or migrant NGOs providing services.',
  },
  'localContext.migrantGroups': {
    label: 'Main migrant groups',
    help: 'The main groups and organisations of migrants.',
  },
  'localContext.otherFactors': {
    label: 'Other local factors',
    help: 'Anything else about your city that is important for this work.',
  },
  'localContext.sensitivities': {
    label: 'Local sensitivities',
    help: 'Particular issues, sensitivities or concerns about migration in the city that may matter for the mentoring.',
  },
  ...withPrefix('localContext.sensitivities', sensitivities),
} as const;

const nationalContext = {
  nationalContext: {
    label: 'National and regional context',
    help: 'The wider framework, filled in with the association of municipalities: how typical the city is, and how higher levels of government support local work.',
  },
  'nationalContext.typicality': {
    label: 'How typical the city is',
    help: "How typical is the city's political and migration context of the cities the association represents, and how does it differ? Think of repeating what is learnt with other members.",
  },
  'nationalContext.associationRelations': {
    label: 'The association and government',
    help: "The association's competences and formal and informal relations with regional and national government in this policy area, e.g. a formal consultation mechanism.",
  },
  'nationalContext.nationalSupport': {
    label: 'Support from higher levels',
    help: 'How far do national (and regional) governments give local authorities a supportive framework: consultation, coordination, sharing information, building capacity, funding?',
  },
  'nationalContext.sharedGoals': {
    label: 'Shared goals',
    help: 'How far do local, regional and national governments pursue the same goals in this policy area?',
  },
  'nationalContext.otherFactors': {
    label: 'Other national factors',
    help: 'Anything else about the regional or national context that is important for this work.',
  },
  'nationalContext.sensitivities': {
    label: 'National sensitivities',
    help: 'Particular issues, sensitivities or concerns about migration at national or regional level that may matter for the mentoring.',
  },
  ...withPrefix('nationalContext.sensitivities', sensitivities),
  'nationalContext.peerLearning': {
    label: 'Peer learning in the association',
    help: 'What does the association do to help its members learn from each other on this topic, and beyond it where relevant?',
  },
} as const;

/** Field texts of the needs analysis (annex 2). */
export const NEEDS_ANALYSIS_EN = {
  challenge: {
    label: 'Challenge to address',
    help: "Which problem or need of your city's integration policy do you want to work on? Be as concrete as you can.",
  },
  crossCuttingTopics: {
    label: 'Cross-cutting topics',
    help: 'Besides the theme, is there a cross-cutting topic you would like to cover, such as communication, evaluation or participation?',
  },
  evidence: {
    label: 'Why this need',
    help: 'Why do you want to address it? Give evidence that current policies fall short or do not work, from migrants, residents, researchers or city staff.',
  },
  learningFromOthers: {
    label: 'What other cities could teach',
    help: 'What do you think you could learn from other cities to meet this challenge?',
  },
  desiredImpact: {
    label: 'Desired impact',
    help: 'Which impact or result of the mentoring, answering the challenge above, would you like to see in your city or region?',
  },
  keyPartners: {
    label: 'Key partners',
    help: 'Who outside your department must you work with: other departments, other levels of government, private actors, civil society, migrant groups?',
  },
  partnerDifficulties: {
    label: 'Working with these partners',
    help: 'Is it hard to work with any of these partners? Which relationships need strengthening?',
  },
  resourcesAndStrengths: {
    label: 'Resources and strengths',
    help: 'Which resources and strengths can you build on to meet the challenge?',
  },
  obstacles: {
    label: 'Biggest obstacles',
    help: "What stands most in your city's way: funding, knowledge, political commitment, cooperation, something else?",
  },
  planCreators: {
    label: 'Who draws up the plan',
    help: 'Who has to take part in drawing up the action plan for it to be carried out successfully?',
  },
  planApprovers: {
    label: 'Who approves the plan',
    help: 'Who has to approve the action plan for it to be carried out?',
  },
  otherBenefits: {
    label: 'Benefits beyond learning',
    help: 'How else could the mentoring help your work, e.g. by raising its profile locally or winning political commitment?',
  },
  ...localContext,
  ...nationalContext,
} as const;

/** Field texts of the mentor strengths (annex 3). */
export const MENTOR_STRENGTHS_EN = {
  experienceAreas: {
    label: 'Areas of experience',
    help: 'In which policy areas is your city especially experienced?',
  },
  transferablePractices: {
    label: 'Practices worth transferring',
    help: 'Which projects and policies in this area are good practices that other cities can and should take up? Say why.',
  },
  otherActors: {
    label: 'Other actors to involve',
    help: 'Which actors outside your department (migrant organisations, business organisations, unions…) would your city need to act as a mentor on this theme?',
  },
  ...localContext,
  ...nationalContext,
} as const;
