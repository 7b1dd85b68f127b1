import { type Translation, withPrefix } from './field-text.js';
import type { MENTOR_STRENGTHS_EN, NEEDS_ANALYSIS_EN } from './needs.en.js';

// Anexos 2 y 3 en español: análisis de necesidades, fortalezas de la ciudad mentora y su contexto común.

const sensitivities = {
  workWithMigrants: {
    label: 'Trabajo con población migrante',
    help: 'Sensibilidades en torno al trabajo de las administraciones con la población migrante.',
  },
  publicAttitudes: {
    label: 'Actitudes del público',
    help: 'Cómo ve la ciudadanía la migración y a las personas migrantes.',
  },
  agencyCompetition: {
    label: 'Competencia entre organismos',
    help: 'Rivalidades entre organismos u organizaciones que puedan dificultar la cooperación.',
  },
  funding: { label: 'Financiación y presupuesto', help: 'Problemas de financiación y de presupuesto.' },
  competences: { label: 'Competencias', help: 'De qué se ocupa la administración local y de qué no.' },
  legislation: { label: 'Legislación', help: 'Leyes que afectan al trabajo, ahora o en el futuro.' },
  other: { label: 'Otras', help: 'Cualquier otra sensibilidad; explíquela, por favor.' },
} as const;

const localContext = {
  localContext: {
    label: 'Contexto local',
    help: 'La ciudad en sí: cómo ha cambiado la migración, quién vive en ella, el dinero, las políticas y las organizaciones que importan para este tema.',
  },
  'localContext.migrationTrends': {
    label: 'Evolución de la migración',
    help: '¿Cómo ha evolucionado la migración en su ciudad en los últimos años? ¿Cuáles han sido las principales tendencias y problemas?',
  },
  'localContext.population': { label: 'Población', help: '¿Cuántas personas viven en la ciudad?' },
  'localContext.migrantPopulation': {
    label: 'Personas de origen migrante',
    help: '¿Cuántas personas residentes son de origen migrante, nacidas en el extranjero o de nacionalidad extranjera? Indique qué definición usa la cifra.',
  },
  'localContext.nationalitiesAndStatus': {
    label: 'Principales nacionalidades y grupos de estatus',
    help: 'Las nacionalidades más numerosas y los grupos según su estatus: personas refugiadas, solicitantes de asilo, migrantes económicos…',
  },
  'localContext.municipalBudget': {
    label: 'Presupuesto municipal',
    help: '¿Cuál es, aproximadamente, el presupuesto anual de la ciudad?',
  },
  'localContext.integrationBudget': {
    label: 'Parte dedicada a la integración',
    help: 'Si lo sabe: ¿qué parte del presupuesto (proporción o cantidad) se dedica a la integración y a los servicios para población migrante y refugiada?',
  },
  'localContext.integrationStrategy': {
    label: 'Estrategia de integración',
    help: 'El contenido principal del concepto o la estrategia de integración de la ciudad, si lo tiene.',
  },
  'localContext.sectoralPolicies': {
    label: 'Políticas sectoriales',
    help: 'Políticas de otros sectores (vivienda, educación, empleo…) que importan para el tema.',
  },
  'localContext.fundedInstitutions': {
    label: 'Instituciones financiadas por la ciudad',
    help: 'Instituciones que el municipio financia o apoya y que son pertinentes para el tema.',
  },
  'localContext.ngoNetworks': {
    label: 'Redes de ONG',
    help: 'Las principales redes de ONG y de otras organizaciones.',
  },
  'localContext.cityNgoRelations': {
    label: 'Relaciones entre la ciudad y las ONG',
    help: 'Relaciones formales entre la ciudad y las ONG de migrantes, por ejemplo un órgano consultivo u ONG de migrantes que prestan servicios.',
  },
  'localContext.migrantGroups': {
    label: 'Principales grupos de migrantes',
    help: 'Los principales grupos y organizaciones de personas migrantes.',
  },
  'localContext.otherFactors': {
    label: 'Otros factores locales',
    help: 'Cualquier otra cosa de su ciudad que sea importante para este trabajo.',
  },
  'localContext.sensitivities': {
    label: 'Sensibilidades locales',
    help: 'Cuestiones, sensibilidades o preocupaciones particulares sobre la migración en la ciudad que puedan importar para la mentoría.',
  },
  ...withPrefix('localContext.sensitivities', sensitivities),
} as const;

const nationalContext = {
  nationalContext: {
    label: 'Contexto nacional y regional',
    help: 'El marco más amplio, que se completa con la asociación de municipios: en qué medida la ciudad es típica y cómo apoyan los niveles superiores de gobierno el trabajo local.',
  },
  'nationalContext.typicality': {
    label: 'En qué medida la ciudad es típica',
    help: '¿En qué medida el contexto político y migratorio de la ciudad es típico de las ciudades que representa la asociación, y en qué se diferencia? Piense en reproducir lo aprendido con otros miembros.',
  },
  'nationalContext.associationRelations': {
    label: 'La asociación y los gobiernos',
    help: 'Las competencias de la asociación y sus relaciones formales e informales con los gobiernos regional y nacional en este ámbito, por ejemplo un mecanismo formal de consulta.',
  },
  'nationalContext.nationalSupport': {
    label: 'Apoyo de los niveles superiores',
    help: '¿En qué medida los gobiernos nacional (y regional) dan a las autoridades locales un marco de apoyo: consultas, coordinación, intercambio de información, desarrollo de capacidades, financiación?',
  },
  'nationalContext.sharedGoals': {
    label: 'Objetivos compartidos',
    help: '¿En qué medida persiguen los gobiernos local, regional y nacional los mismos objetivos en este ámbito?',
  },
  'nationalContext.otherFactors': {
    label: 'Otros factores nacionales',
    help: 'Cualquier otra cosa del contexto regional o nacional que sea importante para este trabajo.',
  },
  'nationalContext.sensitivities': {
    label: 'Sensibilidades nacionales',
    help: 'Cuestiones, sensibilidades o preocupaciones particulares sobre la migración a escala nacional o regional que puedan importar para la mentoría.',
  },
  ...withPrefix('nationalContext.sensitivities', sensitivities),
  'nationalContext.peerLearning': {
    label: 'Aprendizaje entre pares en la asociación',
    help: '¿Qué hace la asociación para que sus miembros aprendan unos de otros sobre este tema y, si procede, más allá?',
  },
} as const;

/** Textos del análisis de necesidades (anexo 2). */
export const NEEDS_ANALYSIS_ES: Translation<typeof NEEDS_ANALYSIS_EN> = {
  challenge: {
    label: 'Reto que se quiere abordar',
    help: '¿Qué problema o necesidad de la política de integración de su ciudad quiere trabajar? Sea lo más concreto posible.',
  },
  crossCuttingTopics: {
    label: 'Temas transversales',
    help: 'Además del tema, ¿hay algún tema transversal que le gustaría tratar, como la comunicación, la evaluación o la participación?',
  },
  evidence: {
    label: 'Por qué esta necesidad',
    help: '¿Por qué quiere abordarla? Aporte pruebas de que las políticas actuales no llegan o no funcionan, procedentes de migrantes, vecinos, investigadores o personal municipal.',
  },
  learningFromOthers: {
    label: 'Qué podrían enseñar otras ciudades',
    help: '¿Qué cree que podría aprender de otras ciudades para afrontar este reto?',
  },
  desiredImpact: {
    label: 'Impacto deseado',
    help: '¿Qué impacto o resultado de la mentoría, que responda al reto anterior, le gustaría ver en su ciudad o región?',
  },
  keyPartners: {
    label: 'Interlocutores clave',
    help: '¿Con quién de fuera de su departamento tiene que trabajar: otros departamentos, otros niveles de gobierno, actores privados, sociedad civil, grupos de migrantes?',
  },
  partnerDifficulties: {
    label: 'Trabajo con estos interlocutores',
    help: '¿Resulta difícil trabajar con alguno de ellos? ¿Qué relaciones hay que reforzar?',
  },
  resourcesAndStrengths: {
    label: 'Recursos y fortalezas',
    help: '¿En qué recursos y fortalezas puede apoyarse para afrontar el reto?',
  },
  obstacles: {
    label: 'Mayores obstáculos',
    help: '¿Qué frena más a su ciudad: la financiación, los conocimientos, el compromiso político, la cooperación, otra cosa?',
  },
  planCreators: {
    label: 'Quién elabora el plan',
    help: '¿Quién tiene que participar en la elaboración del plan de acción para que se aplique con éxito?',
  },
  planApprovers: {
    label: 'Quién aprueba el plan',
    help: '¿Quién tiene que aprobar el plan de acción para que se pueda aplicar?',
  },
  otherBenefits: {
    label: 'Beneficios además del aprendizaje',
    help: '¿En qué más podría ayudar la mentoría a su trabajo, por ejemplo dándole más visibilidad local o consiguiendo compromiso político?',
  },
  ...localContext,
  ...nationalContext,
};

/** Textos de las fortalezas de la ciudad mentora (anexo 3). */
export const MENTOR_STRENGTHS_ES: Translation<typeof MENTOR_STRENGTHS_EN> = {
  experienceAreas: {
    label: 'Ámbitos de experiencia',
    help: '¿En qué ámbitos políticos tiene su ciudad una experiencia especial?',
  },
  transferablePractices: {
    label: 'Prácticas que merece la pena transferir',
    help: '¿Qué proyectos y políticas de este ámbito son buenas prácticas que otras ciudades pueden y deberían reproducir? Explique por qué.',
  },
  otherActors: {
    label: 'Otros actores que implicar',
    help: '¿Qué actores ajenos a su departamento (organizaciones de migrantes, organizaciones empresariales, sindicatos…) necesitaría su ciudad para ejercer de mentora en este tema?',
  },
  ...localContext,
  ...nationalContext,
};
