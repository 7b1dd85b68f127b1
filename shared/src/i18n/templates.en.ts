import {
  ACTION_PLAN_EN,
  BENCHMARK_EN,
  GOOD_PRACTICE_EN,
  SUPPORT_NETWORK_EN,
  VISIT_AGENDA_EN,
} from './boards.en.js';
import type { TemplateTexts } from './field-text.js';
import { MENTOR_STRENGTHS_EN, NEEDS_ANALYSIS_EN } from './needs.en.js';

/**
 * Every label and help text of the templates in English, the reference language: the Spanish table
 * must have exactly the same keys. Written in our own words after the methodology guide.
 */
export const TEMPLATES_EN = {
  titles: {
    'needs-analysis': {
      label: 'Needs analysis',
      help: 'The mentee city describes the problem it wants to solve, why, with whom, and in what local and national context, ideally together with its stakeholders, migrant representatives included.',
    },
    benchmark: {
      label: 'Benchmark',
      help: 'The "ideal city" for a theme: key factors for success and context factors outside the city\'s control. A checklist to find strengths and gaps and to choose the focus of the mentoring.',
    },
    'mentor-strengths': {
      label: 'Mentor strengths',
      help: 'Where the mentor city is experienced, which of its practices are worth transferring, and its local and national context, so that mentor and mentee can be matched.',
    },
    'good-practice': {
      label: 'Good practices',
      help: 'Initiatives that worked in one place and could work in another, described so that colleagues from elsewhere understand what made them succeed.',
    },
    'support-network': {
      label: 'Local support network',
      help: 'Up to ten stakeholders from inside and outside the city administration, migrant representatives always among them, who advise the city on its action plan.',
    },
    'action-plan': {
      label: 'Action plan',
      help: 'What the mentee city will do to meet its needs: one row per action, with its results, timeframe, lead, resources and partners, and how success will be shown.',
    },
    'visit-agenda': {
      label: 'Visit agenda',
      help: 'The mentoring visits, usually groundwork in the mentee city, inspiration in the mentor city and consolidation back in the mentee city, with dates, places, participants and programme.',
    },
  },
  fields: {
    'needs-analysis': NEEDS_ANALYSIS_EN,
    benchmark: BENCHMARK_EN,
    'mentor-strengths': MENTOR_STRENGTHS_EN,
    'good-practice': GOOD_PRACTICE_EN,
    'support-network': SUPPORT_NETWORK_EN,
    'action-plan': ACTION_PLAN_EN,
    'visit-agenda': VISIT_AGENDA_EN,
  },
  options: {
    assessment: {
      strength: { label: 'Strength', help: 'The factor is present and works well.' },
      partly: { label: 'Partly', help: 'Some of it is in place.' },
      gap: { label: 'Gap', help: 'The factor is missing or does not work.' },
      'not-assessed': { label: 'Not assessed', help: '' },
    },
    stakeholderKind: {
      'migrant-association': { label: 'Migrant association', help: '' },
      'community-association': { label: 'Community or residents’ association', help: '' },
      ngo: { label: 'NGO or civil society', help: '' },
      'private-sector': { label: 'Private sector', help: '' },
      union: { label: 'Trade union', help: '' },
      academic: { label: 'Academia or research', help: '' },
      'public-body': { label: 'Public body', help: '' },
      'city-official': { label: 'City official', help: '' },
      other: { label: 'Other', help: '' },
    },
    visitKind: {
      groundwork: {
        label: 'Groundwork (mentee city)',
        help: 'The mentors get to know the local context: recap of the needs analysis, interviews and focus groups, good practices of the mentor city, an action-planning workshop. Result: a first list of actions.',
      },
      inspiration: {
        label: 'Inspiration (mentor city)',
        help: "An introduction to the mentor city, interviews and focus groups, visits to good practices, and a workshop revising the mentee city's action plan.",
      },
      consolidation: {
        label: 'Consolidation (mentee city)',
        help: 'Settle the open points, talk to the people key to carrying out the plan, and present the final plan to politicians and local stakeholders.',
      },
      custom: {
        label: 'Other visit',
        help: 'A visit with another purpose, e.g. the needs analysis or an evaluation.',
      },
    },
    agendaItemKind: {
      recap: { label: 'Recap', help: '' },
      interviews: { label: 'Interviews', help: '' },
      'focus-group': { label: 'Focus group', help: '' },
      'good-practice': { label: 'Good-practice presentation', help: '' },
      'action-planning': { label: 'Action-planning workshop', help: '' },
      'site-visit': { label: 'Site visit', help: '' },
      presentation: { label: 'Presentation', help: '' },
      other: { label: 'Other', help: '' },
    },
  },
  checks: {
    'empty-column': { label: 'Empty column', help: 'Fill in every column of this row.' },
    'not-measurable': {
      label: 'Success not measurable',
      help: 'Say what will show success in a way that can be checked: a number, a share, a date, a survey…',
    },
    'empty-header': {
      label: 'Header incomplete',
      help: 'Fill in the title, both cities, the date and the version.',
    },
    'focus-without-actions': {
      label: 'Focus without actions',
      help: 'The mentoring focuses on this key factor, but no action addresses it yet.',
    },
    'too-many-members': {
      label: 'More than ten members',
      help: 'The guide advises at most ten members, so that everyone really takes part.',
    },
    'no-migrant-representative': {
      label: 'No migrant representative',
      help: 'The local support network must include representatives of migrants.',
    },
  },
} as const satisfies TemplateTexts;
