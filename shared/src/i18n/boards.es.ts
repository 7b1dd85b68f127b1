import type {
  ACTION_PLAN_EN,
  BENCHMARK_EN,
  GOOD_PRACTICE_EN,
  SUPPORT_NETWORK_EN,
  VISIT_AGENDA_EN,
} from './boards.en.js';
import type { Translation } from './field-text.js';

// Textos en español de las plantillas con listas: buenas prácticas, red de apoyo local, plan de
// acción, punto de referencia y agenda de visitas.

/** Buenas prácticas (anexo 4). */
export const GOOD_PRACTICE_ES: Translation<typeof GOOD_PRACTICE_EN> = {
  practices: {
    label: 'Buenas prácticas',
    help: 'Una ficha por práctica: una política, proyecto, servicio o actividad que funcionó en un lugar y podría trasladarse a otro.',
  },
  'practices.name': { label: 'Nombre', help: 'El nombre o título de la práctica.' },
  'practices.origin': { label: 'Dónde', help: 'La ciudad o zona de la que procede.' },
  'practices.leadActors': { label: 'Quién la dirige', help: '¿Quién está al frente de la práctica?' },
  'practices.context': {
    label: 'Contexto y justificación',
    help: 'Por qué existe la práctica y para quién.',
  },
  'practices.context.challenge': {
    label: 'Reto',
    help: '¿Por qué surgió la práctica? ¿Qué reto pretendía abordar?',
  },
  'practices.context.targetGroup': {
    label: 'Población destinataria',
    help: '¿A quién pretende beneficiar la práctica?',
  },
  'practices.context.aims': { label: 'Objetivos', help: '¿Qué se esperaba conseguir?' },
  'practices.description': { label: 'Descripción', help: 'Cómo funciona la práctica.' },
  'practices.description.started': { label: 'Inicio', help: '¿Cuándo empezó la práctica?' },
  'practices.description.preconditions': {
    label: 'Lo que ya existía',
    help: '¿Qué había antes que ayudó a que la práctica tuviera éxito?',
  },
  'practices.description.activities': {
    label: 'Actividades principales',
    help: '¿Cuáles fueron las actividades principales?',
  },
  'practices.description.whoDidTheWork': {
    label: 'Quién hizo el trabajo',
    help: '¿Qué organismos y socios clave llevaron a cabo el trabajo?',
  },
  'practices.resources': {
    label: 'Recursos necesarios',
    help: 'Lo que hace falta: financiación, personal, voluntariado, socios, etc.',
  },
  'practices.results': { label: 'Resultados', help: 'Qué consiguió la práctica y para quién.' },
  'practices.results.beneficiaries': {
    label: 'Quién se benefició',
    help: '¿Quién se ha beneficiado y de qué manera?',
  },
  'practices.results.change': {
    label: 'Cambio logrado',
    help: '¿Qué cambio concreto ha producido la práctica en su población destinataria?',
  },
  'practices.results.evaluation': {
    label: 'Evaluación',
    help: '¿Se evaluó o se hizo un seguimiento? Si es así, ¿con qué resultados?',
  },
  'practices.successFactors': { label: 'Factores de éxito', help: 'Qué hizo que la práctica funcionara.' },
  'practices.successFactors.prerequisites': {
    label: 'Condiciones previas',
    help: '¿Qué tiene que existir ya para que la práctica pueda avanzar?',
  },
  'practices.successFactors.whatWorkedBest': {
    label: 'Lo que mejor funcionó',
    help: '¿Qué funcionó mejor o tuvo más éxito?',
  },
  'practices.risks': { label: 'Riesgos y desafíos', help: 'Qué resultó difícil y qué podría salir mal.' },
  'practices.risks.challengesOvercome': {
    label: 'Desafíos afrontados',
    help: '¿Cuáles fueron los mayores desafíos y cómo se superaron?',
  },
  'practices.risks.risks': {
    label: 'Riesgos',
    help: '¿Cuáles son los mayores riesgos para una práctica como esta?',
  },
  'practices.transferability': {
    label: 'Transferibilidad',
    help: 'Lo que otra ciudad necesita saber para intentarlo.',
  },
  'practices.transferability.conditions': {
    label: 'Condiciones en otro lugar',
    help: '¿Qué tiene que haber para que esta práctica sea posible en otra ciudad?',
  },
  'practices.transferability.dosAndDonts': {
    label: 'Qué hacer y qué evitar',
    help: '¿Qué deberían hacer, y qué evitar, las ciudades que quieran desarrollar algo parecido?',
  },
  'practices.contact': { label: 'Contacto', help: 'La persona de contacto y su puesto.' },
  'practices.moreInformation': {
    label: 'Más información',
    help: 'Sitios web, informes, vídeos y otros materiales útiles, con enlaces.',
  },
};

/** Red de apoyo local (anexo 5). */
export const SUPPORT_NETWORK_ES: Translation<typeof SUPPORT_NETWORK_EN> = {
  purpose: {
    label: 'Finalidad',
    help: 'Sobre qué asesora la red a la ciudad y qué espera la ciudad de ella. Se convoca para el plan de acción y no tiene por qué duplicar órganos consultivos existentes.',
  },
  members: {
    label: 'Miembros',
    help: 'Diez personas como máximo, para que todas participen de verdad: partes interesadas clave en el problema, de dentro o de fuera de la toma de decisiones habitual, idealmente con algo de experiencia de trabajo con la ciudad. Incluya siempre representantes de la población migrante.',
  },
  'members.name': { label: 'Nombre', help: 'El nombre de la persona.' },
  'members.organisation': { label: 'Organización', help: 'La organización u organismo que representa.' },
  'members.role': { label: 'Papel', help: 'Su papel en la red y lo que aporta.' },
  'members.kind': {
    label: 'Tipo de parte interesada',
    help: 'Asociación comunitaria o vecinal (de migrantes o no), ONG u otro organismo de la sociedad civil, incluido el sector privado, sindicato, ámbito académico, organismo público o personal municipal.',
  },
  'members.migrantRepresentative': {
    label: 'Representa a la población migrante',
    help: 'Esta persona habla en nombre de vecinos migrantes. La red debe incluir siempre representantes de la población migrante.',
  },
  roles: {
    label: 'Funciones de la red',
    help: 'Cómo asume esta red cada una de las funciones que le da el método.',
  },
  'roles.identifyResources': {
    label: 'Lo que la ciudad puede ofrecer',
    help: 'Ayudar a identificar lo que la ciudad puede aportar: buenas prácticas, herramientas existentes, visitas, políticas y otras experiencias.',
  },
  'roles.spreadResults': {
    label: 'Difusión de los resultados',
    help: 'Ayudar a dar a conocer los resultados a un público local más amplio.',
  },
  'roles.endUserVoice': {
    label: 'Voz de las personas usuarias',
    help: 'Asegurar que las personas a quienes se dirige la política tengan voz en las decisiones.',
  },
  'roles.contributeToDiscussions': {
    label: 'Participación en los debates',
    help: 'Contribuir a las conversaciones de la mentoría.',
  },
  'roles.prepareVisits': {
    label: 'Preparación de las visitas',
    help: 'Ayudar a preparar las visitas de mentoría.',
  },
  'roles.draftActionPlan': {
    label: 'Redacción del plan de acción',
    help: 'Ayudar a la ciudad y a su mentora a redactar el plan de acción.',
  },
  arrangements: {
    label: 'Funcionamiento',
    help: 'Una estructura ligera: dónde y cada cuánto se reúne, qué cuesta (local, catering, desplazamientos), cómo se incorporan nuevos miembros y cuánto dura (idealmente, hasta que se aplique el plan).',
  },
  outreach: {
    label: 'Proyección',
    help: 'Cómo muestra la red que las decisiones están abiertas a muchas voces, confirma el compromiso de las partes interesadas, atrae la atención de quienes financian, sirve de ejemplo a otras ciudades y gana el interés y la confianza de los vecinos.',
  },
};

/** Plan de acción (anexo 6). */
export const ACTION_PLAN_ES: Translation<typeof ACTION_PLAN_EN> = {
  title: { label: 'Título del plan', help: 'El título del plan de mentoría.' },
  menteeCity: { label: 'Ciudad mentorizada', help: 'La ciudad que prepara el plan y lo llevará a cabo.' },
  mentorCity: { label: 'Ciudad mentora', help: 'La ciudad que acompaña a la ciudad mentorizada.' },
  date: { label: 'Fecha', help: 'La fecha de esta versión.' },
  version: {
    label: 'Versión',
    help: 'Qué versión del plan es, por ejemplo «borrador tras la primera visita».',
  },
  rows: {
    label: 'Acciones',
    help: 'Una fila por acción. Vincule cada fila con las necesidades y los factores clave a los que responde.',
  },
  'rows.actions': { label: '1. Acciones', help: '¿Qué hará para satisfacer las necesidades identificadas?' },
  'rows.results': { label: '2. Resultados', help: '¿Qué resultados espera de esta acción?' },
  'rows.timeframe': { label: '3. Marco temporal', help: '¿Cuándo se llevará a cabo la acción?' },
  'rows.lead': { label: '4. Quién lidera', help: '¿Quién lidera esta acción?' },
  'rows.resources': {
    label: '5. Recursos y socios',
    help: 'El personal, los socios y la financiación que se utilizarán.',
  },
  'rows.successMeasure': {
    label: '6. Evaluación del éxito',
    help: '¿Qué demostrará que la acción ha tenido éxito? Que sea medible: una cifra, un porcentaje, una fecha.',
  },
  'rows.needs': {
    label: 'Necesidades a las que responde',
    help: 'Los puntos del análisis de necesidades, u otras necesidades, a los que responde esta acción.',
  },
  'rows.keyFactorIds': {
    label: 'Factores clave',
    help: 'Los factores clave del punto de referencia en los que trabaja esta acción.',
  },
};

/** Punto de referencia. */
export const BENCHMARK_ES: Translation<typeof BENCHMARK_EN> = {
  theme: {
    label: 'Tema',
    help: 'El ámbito de política que cubre el punto de referencia, por ejemplo el aprendizaje de idiomas.',
  },
  introduction: {
    label: 'Introducción',
    help: 'Qué cubre el punto de referencia y cómo usarlo. Describe un ideal que no se espera que ninguna ciudad cumpla del todo: un menú de opciones, no un examen.',
  },
  keyFactors: {
    label: 'Factores clave',
    help: 'Las condiciones para el éxito que, juntas, describen la «ciudad ideal» en este tema.',
  },
  'keyFactors.title': { label: 'Factor clave', help: 'Un enunciado breve de la condición.' },
  'keyFactors.rationale': {
    label: 'Justificación',
    help: 'En pocas palabras, por qué este factor es realmente clave y qué pueden hacer las ciudades al respecto.',
  },
  'keyFactors.guidingQuestions': {
    label: 'Preguntas-guía',
    help: 'Preguntas que ayudan a comprobar si el factor está presente en su ciudad, una por línea.',
  },
  'keyFactors.practicalTips': {
    label: 'Consejos prácticos',
    help: 'Herramientas, materiales y consejos para empezar, uno por línea.',
  },
  'keyFactors.examples': {
    label: 'Ejemplos de buenas prácticas',
    help: 'Cómo otras ciudades han alcanzado la norma o se han acercado a ella.',
  },
  'keyFactors.examples.title': { label: 'Ejemplo', help: 'El nombre de la práctica y dónde tuvo lugar.' },
  'keyFactors.examples.description': { label: 'Descripción', help: 'Qué se hizo.' },
  'keyFactors.examples.link': { label: 'Enlace', help: 'Dónde leer más.' },
  'keyFactors.assessment': {
    label: 'Autoevaluación',
    help: '¿Es este factor un punto fuerte de su ciudad, existe en parte o es una carencia?',
  },
  'keyFactors.evidence': {
    label: 'En qué se basa',
    help: 'En qué se apoya la evaluación: datos, ejemplos, opiniones recogidas.',
  },
  'keyFactors.focus': {
    label: 'Foco de esta mentoría',
    help: 'Marque los factores clave en los que se centra la mentoría.',
  },
  contextFactors: {
    label: 'Factores de contexto',
    help: 'Condiciones clave que escapan al control del gobierno local y que hay que tener en cuenta al valorar los factores clave: la legislación nacional, los presupuestos fijados a escala regional o nacional, las tendencias migratorias.',
  },
  'contextFactors.title': { label: 'Factor de contexto', help: 'Un nombre breve para la condición.' },
  'contextFactors.description': { label: 'Descripción', help: 'En qué consiste la condición.' },
  'contextFactors.implications': {
    label: 'Qué supone aquí',
    help: 'Cómo afecta a su ciudad y a los factores clave en los que puede trabajar.',
  },
};

/** Agenda de visitas. */
export const VISIT_AGENDA_ES: Translation<typeof VISIT_AGENDA_EN> = {
  overview: {
    label: 'Visión general',
    help: 'El calendario de las visitas y el trabajo en línea entre ellas (preparación de las visitas, redacción del plan).',
  },
  visits: {
    label: 'Visitas',
    help: 'Normalmente tres, la primera y la última en la ciudad mentorizada. Planifique cada una con cuidado: qué necesitan ver los visitantes y con quién deben hablar.',
  },
  'visits.kind': {
    label: 'Tipo de visita',
    help: 'Preparación del terreno, inspiración, consolidación u otra finalidad.',
  },
  'visits.title': { label: 'Título', help: 'Un nombre breve para la visita.' },
  'visits.date': { label: 'Primer día', help: 'El día en que empieza la visita.' },
  'visits.endDate': { label: 'Último día', help: 'El día en que termina la visita.' },
  'visits.place': { label: 'Lugar', help: 'La ciudad anfitriona y el lugar de reunión.' },
  'visits.participants': {
    label: 'Participantes',
    help: 'Quién asiste: las ciudades mentora y mentorizada y sus asociaciones, la red de apoyo local, otras personas.',
  },
  'visits.objectives': {
    label: 'Objetivos',
    help: 'Qué debe conseguir la visita y qué preguntas pendientes hay que responder durante ella.',
  },
  'visits.agenda': { label: 'Programa', help: 'Las sesiones de la visita, en orden.' },
  'visits.agenda.date': { label: 'Día', help: 'El día de la sesión, en visitas de varios días.' },
  'visits.agenda.time': { label: 'Hora', help: 'Cuándo empieza la sesión.' },
  'visits.agenda.kind': { label: 'Tipo de sesión', help: 'Qué tipo de sesión es.' },
  'visits.agenda.title': { label: 'Sesión', help: 'Cómo se llama la sesión.' },
  'visits.agenda.notes': { label: 'Notas', help: 'Quién la dirige, con quién reunirse, qué preparar.' },
  'visits.agenda.boardId': {
    label: 'Tablero',
    help: 'El tablero con el que trabaja esta sesión, por ejemplo el plan de acción en un taller de planificación.',
  },
};
