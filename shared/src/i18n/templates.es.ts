import {
  ACTION_PLAN_ES,
  BENCHMARK_ES,
  GOOD_PRACTICE_ES,
  SUPPORT_NETWORK_ES,
  VISIT_AGENDA_ES,
} from './boards.es.js';
import type { Translation } from './field-text.js';
import { MENTOR_STRENGTHS_ES, NEEDS_ANALYSIS_ES } from './needs.es.js';
import type { TEMPLATES_EN } from './templates.en.js';

/**
 * Todas las etiquetas y textos de ayuda de las plantillas en español, con exactamente las mismas
 * claves que la tabla inglesa. Redactados con nuestras propias palabras a partir de la guía.
 */
export const TEMPLATES_ES: Translation<typeof TEMPLATES_EN> = {
  titles: {
    'needs-analysis': {
      label: 'Análisis de necesidades',
      help: 'La ciudad mentorizada describe el problema que quiere resolver, por qué, con quién y en qué contexto local y nacional, idealmente junto con las partes interesadas, incluidos representantes de la población migrante.',
    },
    benchmark: {
      label: 'Punto de referencia',
      help: 'La «ciudad ideal» en un tema: factores clave para el éxito y factores de contexto que escapan al control de la ciudad. Una lista de comprobación para ver puntos fuertes y carencias y elegir el foco de la mentoría.',
    },
    'mentor-strengths': {
      label: 'Fortalezas de la ciudad mentora',
      help: 'En qué tiene experiencia la ciudad mentora, qué prácticas suyas merece la pena transferir y su contexto local y nacional, para emparejar mentora y mentorizada.',
    },
    'good-practice': {
      label: 'Buenas prácticas',
      help: 'Iniciativas que funcionaron en un lugar y podrían funcionar en otro, descritas para que colegas de otros contextos entiendan qué las hizo funcionar.',
    },
    'support-network': {
      label: 'Red de apoyo local',
      help: 'Hasta diez partes interesadas de dentro y fuera del ayuntamiento, siempre con representantes de la población migrante, que asesoran a la ciudad en su plan de acción.',
    },
    'action-plan': {
      label: 'Plan de acción',
      help: 'Lo que hará la ciudad mentorizada para responder a sus necesidades: una fila por acción, con sus resultados, marco temporal, liderazgo, recursos y socios, y cómo se demostrará el éxito.',
    },
    'visit-agenda': {
      label: 'Agenda de visitas',
      help: 'Las visitas de mentoría, normalmente preparación del terreno en la ciudad mentorizada, inspiración en la ciudad mentora y consolidación de vuelta en la mentorizada, con fechas, lugares, participantes y programa.',
    },
  },
  fields: {
    'needs-analysis': NEEDS_ANALYSIS_ES,
    benchmark: BENCHMARK_ES,
    'mentor-strengths': MENTOR_STRENGTHS_ES,
    'good-practice': GOOD_PRACTICE_ES,
    'support-network': SUPPORT_NETWORK_ES,
    'action-plan': ACTION_PLAN_ES,
    'visit-agenda': VISIT_AGENDA_ES,
  },
  options: {
    assessment: {
      strength: { label: 'Punto fuerte', help: 'El factor existe y funciona bien.' },
      partly: { label: 'En parte', help: 'Una parte ya existe.' },
      gap: { label: 'Carencia', help: 'El factor falta o no funciona.' },
      'not-assessed': { label: 'Sin evaluar', help: '' },
    },
    stakeholderKind: {
      'migrant-association': { label: 'Asociación de migrantes', help: '' },
      'community-association': { label: 'Asociación comunitaria o vecinal', help: '' },
      ngo: { label: 'ONG o sociedad civil', help: '' },
      'private-sector': { label: 'Sector privado', help: '' },
      union: { label: 'Sindicato', help: '' },
      academic: { label: 'Ámbito académico o investigación', help: '' },
      'public-body': { label: 'Organismo público', help: '' },
      'city-official': { label: 'Personal municipal', help: '' },
      other: { label: 'Otro', help: '' },
    },
    visitKind: {
      groundwork: {
        label: 'Preparación del terreno (ciudad mentorizada)',
        help: 'Los mentores conocen el contexto local: repaso del análisis de necesidades, entrevistas y grupos de discusión, buenas prácticas de la ciudad mentora y un taller de planificación. Resultado: una primera lista de acciones.',
      },
      inspiration: {
        label: 'Inspiración (ciudad mentora)',
        help: 'Presentación del contexto de la ciudad mentora, entrevistas y grupos de discusión, visitas a buenas prácticas y un taller para revisar el plan de acción de la ciudad mentorizada.',
      },
      consolidation: {
        label: 'Consolidación (ciudad mentorizada)',
        help: 'Cerrar los puntos pendientes, hablar con los actores clave para aplicar el plan y presentar el plan final a los políticos y a las partes interesadas locales.',
      },
      custom: {
        label: 'Otra visita',
        help: 'Una visita con otra finalidad, por ejemplo el análisis de necesidades o una evaluación.',
      },
    },
    agendaItemKind: {
      recap: { label: 'Repaso', help: '' },
      interviews: { label: 'Entrevistas', help: '' },
      'focus-group': { label: 'Grupo de discusión', help: '' },
      'good-practice': { label: 'Presentación de buenas prácticas', help: '' },
      'action-planning': { label: 'Taller de planificación de la acción', help: '' },
      'site-visit': { label: 'Visita sobre el terreno', help: '' },
      presentation: { label: 'Presentación', help: '' },
      other: { label: 'Otra', help: '' },
    },
  },
  checks: {
    'empty-column': { label: 'Columna vacía', help: 'Complete todas las columnas de esta fila.' },
    'not-measurable': {
      label: 'Éxito no medible',
      help: 'Indique qué demostrará el éxito de forma comprobable: una cifra, un porcentaje, una fecha, una encuesta…',
    },
    'empty-header': {
      label: 'Encabezado incompleto',
      help: 'Complete el título, las dos ciudades, la fecha y la versión.',
    },
    'focus-without-actions': {
      label: 'Foco sin acciones',
      help: 'La mentoría se centra en este factor clave, pero todavía ninguna acción lo aborda.',
    },
    'too-many-members': {
      label: 'Más de diez miembros',
      help: 'La guía recomienda un máximo de diez miembros para que todos participen de verdad.',
    },
    'no-migrant-representative': {
      label: 'Sin representantes de migrantes',
      help: 'La red de apoyo local debe incluir representantes de la población migrante.',
    },
  },
};
