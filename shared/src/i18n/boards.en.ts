// Field texts in English of the templates with lists: good practice, support network, action plan,
// benchmark and visit agenda.

/** Good practice (annex 4). */
export const GOOD_PRACTICE_EN = {
  practices: {
    label: 'Good practices',
    help: 'One card per practice: a policy, project, service or activity that worked somewhere and could be transferred to another place.',
  },
  'practices.name': { label: 'Name', help: 'The name or title of the practice.' },
  'practices.origin': { label: 'Where', help: 'The city or area it comes from.' },
  'practices.leadActors': { label: 'Who leads', help: 'Who runs the practice?' },
  'practices.context': { label: 'Context and rationale', help: 'Why the practice exists and for whom.' },
  'practices.context.challenge': {
    label: 'Challenge',
    help: 'Why did the practice come about? Which challenge was it meant to address?',
  },
  'practices.context.targetGroup': { label: 'Target group', help: 'Whom is the practice meant to benefit?' },
  'practices.context.aims': { label: 'Aims', help: 'What was it expected to achieve?' },
  'practices.description': { label: 'Description', help: 'How the practice works.' },
  'practices.description.started': { label: 'Start', help: 'When did the practice begin?' },
  'practices.description.preconditions': {
    label: 'What was already there',
    help: 'What existed beforehand that helped the practice succeed?',
  },
  'practices.description.activities': { label: 'Main activities', help: 'What were the main activities?' },
  'practices.description.whoDidTheWork': {
    label: 'Who did the work',
    help: 'Which bodies and key partners carried out the work?',
  },
  'practices.resources': {
    label: 'Resources needed',
    help: 'What it takes: funding, staff, volunteers, partners and so on.',
  },
  'practices.results': { label: 'Results', help: 'What the practice achieved and for whom.' },
  'practices.results.beneficiaries': { label: 'Who benefited', help: 'Who has benefited, and how?' },
  'practices.results.change': {
    label: 'Change achieved',
    help: 'What concrete change has the practice brought about for its target group?',
  },
  'practices.results.evaluation': {
    label: 'Evaluation',
    help: 'Was it evaluated or monitored? If so, with what results?',
  },
  'practices.successFactors': { label: 'Success factors', help: 'What made the practice work.' },
  'practices.successFactors.prerequisites': {
    label: 'Preconditions',
    help: 'What must already be in place for the practice to move forward?',
  },
  'practices.successFactors.whatWorkedBest': {
    label: 'What worked best',
    help: 'What worked best, or was most successful?',
  },
  'practices.risks': { label: 'Risks and challenges', help: 'What was hard, and what could go wrong.' },
  'practices.risks.challengesOvercome': {
    label: 'Challenges met',
    help: 'What were the biggest challenges, and how were they overcome?',
  },
  'practices.risks.risks': {
    label: 'Risks',
    help: 'What are the biggest risks for a practice like this one?',
  },
  'practices.transferability': {
    label: 'Transferability',
    help: 'What another city needs to know to try it.',
  },
  'practices.transferability.conditions': {
    label: 'Conditions elsewhere',
    help: 'What must exist for this practice to be possible in another city?',
  },
  'practices.transferability.dosAndDonts': {
    label: "Dos and don'ts",
    help: 'What should cities that want to develop something similar do, and what should they avoid?',
  },
  'practices.contact': { label: 'Contact', help: 'The contact person and their position.' },
  'practices.moreInformation': {
    label: 'More information',
    help: 'Websites, reports, videos and other useful material, with links.',
  },
} as const;

/** Local support network (annex 5). */
export const SUPPORT_NETWORK_EN = {
  purpose: {
    label: 'Purpose',
    help: 'What the network advises the city on, and what the city expects from it. It is convened for the action plan and need not duplicate existing advisory bodies.',
  },
  members: {
    label: 'Members',
    help: 'At most ten people, so that everyone really takes part: key stakeholders of the issue, from inside or outside the usual decision-making, ideally with some experience of working with the city. Always include migrant representatives.',
  },
  'members.name': { label: 'Name', help: 'The name of the member.' },
  'members.organisation': { label: 'Organisation', help: 'The organisation or body the member represents.' },
  'members.role': { label: 'Role', help: 'Their role in the network and what they bring to it.' },
  'members.kind': {
    label: 'Kind of stakeholder',
    help: 'Community or residents’ association (of migrants or not), NGO or other civil society body including the private sector, union, academia, public body or city official.',
  },
  'members.migrantRepresentative': {
    label: 'Migrant representative',
    help: 'This member speaks for migrant residents. The network must always include migrant representatives.',
  },
  roles: { label: "The network's roles", help: 'How this network takes on each role the method gives it.' },
  'roles.identifyResources': {
    label: 'What the city can offer',
    help: 'Help identify what the city can bring: good practices, existing tools, site visits, policies and other experience.',
  },
  'roles.spreadResults': {
    label: 'Spreading the results',
    help: 'Help spread the results to a wider local public.',
  },
  'roles.endUserVoice': {
    label: 'A voice for end users',
    help: 'Make sure the people the policy is for have a say in the decisions.',
  },
  'roles.contributeToDiscussions': {
    label: 'Taking part in discussions',
    help: 'Contribute to the discussions of the mentoring.',
  },
  'roles.prepareVisits': { label: 'Preparing visits', help: 'Help prepare the mentoring visits.' },
  'roles.draftActionPlan': {
    label: 'Drafting the action plan',
    help: 'Help the city and its mentor write the action plan.',
  },
  arrangements: {
    label: 'How it works',
    help: 'A light structure: where and how often it meets, what it costs (venue, catering, travel), how new members join, how long it lasts (ideally until the plan is carried out).',
  },
  outreach: {
    label: 'Outreach',
    help: 'How the network shows that decisions are open to many voices, confirms the commitment of stakeholders, draws the attention of funders, sets an example for other cities and builds the interest and trust of residents.',
  },
} as const;

/** Action plan (annex 6). */
export const ACTION_PLAN_EN = {
  title: { label: 'Title of the plan', help: 'The title of the mentoring plan.' },
  menteeCity: { label: 'Mentee city', help: 'The city that prepares the plan and will carry it out.' },
  mentorCity: { label: 'Mentor city', help: 'The city that accompanies the mentee city.' },
  date: { label: 'Date', help: 'The date of this version.' },
  version: {
    label: 'Version',
    help: 'Which version of the plan this is, e.g. "draft after the first visit".',
  },
  rows: {
    label: 'Actions',
    help: 'One row per action. Link each row to the needs and the key factors it answers.',
  },
  'rows.actions': { label: '1. Actions', help: 'What will you do to meet the needs identified?' },
  'rows.results': { label: '2. Results', help: 'What results do you expect from this action?' },
  'rows.timeframe': { label: '3. Timeframe', help: 'When will the action take place?' },
  'rows.lead': { label: '4. Who leads', help: 'Who leads this action?' },
  'rows.resources': {
    label: '5. Resources and partners',
    help: 'The staff, partners and funding it will use.',
  },
  'rows.successMeasure': {
    label: '6. Success evaluation',
    help: 'What will show that the action succeeded? Make it measurable: a number, a share, a date.',
  },
  'rows.needs': {
    label: 'Needs answered',
    help: 'The points of the needs analysis, or other needs, that this action answers.',
  },
  'rows.keyFactorIds': { label: 'Key factors', help: 'The benchmark key factors this action works on.' },
} as const;

/** Benchmark. */
export const BENCHMARK_EN = {
  theme: { label: 'Theme', help: 'The policy area the benchmark covers, e.g. language learning.' },
  introduction: {
    label: 'Introduction',
    help: 'What the benchmark covers and how to use it. It describes an ideal that no city is expected to meet in full: a menu of options, not an exam.',
  },
  keyFactors: {
    label: 'Key factors',
    help: 'The conditions for success that together describe the "ideal city" for this theme.',
  },
  'keyFactors.title': { label: 'Key factor', help: 'A short statement of the condition.' },
  'keyFactors.rationale': {
    label: 'Rationale',
    help: 'In brief, why this factor is really key, and what cities can do about it.',
  },
  'keyFactors.guidingQuestions': {
    label: 'Guiding questions',
    help: 'Questions that help check whether the factor is present in your city, one per line.',
  },
  'keyFactors.practicalTips': {
    label: 'Practical tips',
    help: 'Tools, material and advice to start with, one per line.',
  },
  'keyFactors.examples': {
    label: 'Good-practice examples',
    help: 'How other cities have met the standard or come close to it.',
  },
  'keyFactors.examples.title': {
    label: 'Example',
    help: 'The name of the practice and where it took place.',
  },
  'keyFactors.examples.description': { label: 'Description', help: 'What was done.' },
  'keyFactors.examples.link': { label: 'Link', help: 'Where to read more.' },
  'keyFactors.assessment': {
    label: 'Self-assessment',
    help: 'Is this factor a strength of your city, partly in place, or a gap?',
  },
  'keyFactors.evidence': {
    label: 'Evidence',
    help: 'What the assessment rests on: facts, examples, views heard.',
  },
  'keyFactors.focus': {
    label: 'Focus of this mentoring',
    help: 'Mark the key factors the mentoring concentrates on.',
  },
  contextFactors: {
    label: 'Context factors',
    help: 'Key conditions outside the control of local government to keep in mind when judging the key factors: national law, budgets set at regional or national level, migration trends.',
  },
  'contextFactors.title': { label: 'Context factor', help: 'A short name for the condition.' },
  'contextFactors.description': { label: 'Description', help: 'What the condition is.' },
  'contextFactors.implications': {
    label: 'What it means here',
    help: 'How it affects your city and the key factors you can work on.',
  },
} as const;

/** Visit agenda. */
export const VISIT_AGENDA_EN = {
  overview: {
    label: 'Overview',
    help: 'The calendar of the visits and the online work between them (preparing the visits, drafting the plan).',
  },
  visits: {
    label: 'Visits',
    help: 'Usually three, the first and the last in the mentee city. Plan each one carefully: what the visitors need to see and whom they should talk to.',
  },
  'visits.kind': {
    label: 'Kind of visit',
    help: 'Groundwork, inspiration, consolidation, or another purpose.',
  },
  'visits.title': { label: 'Title', help: 'A short name for the visit.' },
  'visits.date': { label: 'First day', help: 'The day the visit starts.' },
  'visits.endDate': { label: 'Last day', help: 'The day the visit ends.' },
  'visits.place': { label: 'Place', help: 'The host city and the venue.' },
  'visits.participants': {
    label: 'Participants',
    help: 'Who attends: mentor and mentee cities and their associations, the local support network, others.',
  },
  'visits.objectives': {
    label: 'Objectives',
    help: 'What the visit should achieve, and the open questions to answer during it.',
  },
  'visits.agenda': { label: 'Programme', help: 'The sessions of the visit, in order.' },
  'visits.agenda.date': { label: 'Day', help: 'The day of the session, for visits of several days.' },
  'visits.agenda.time': { label: 'Time', help: 'When the session starts.' },
  'visits.agenda.kind': { label: 'Kind of session', help: 'What kind of session this is.' },
  'visits.agenda.title': { label: 'Session', help: 'What the session is called.' },
  'visits.agenda.notes': { label: 'Notes', help: 'Who leads it, whom to meet, what to prepare.' },
  'visits.agenda.boardId': {
    label: 'Board',
    help: 'The board this session works on, e.g. the action plan in a planning workshop.',
  },
} as const;
