import type { Language } from '@mentoring/shared/schema/programme';
import { EL } from './language-learning-el.js';
import { FR } from './language-learning-fr.js';
import { IT } from './language-learning-it.js';
import { LV } from './language-learning-lv.js';
import { NL } from './language-learning-nl.js';
import type { ExampleTexts } from './language-learning-types.js';

export type { ExampleActionRow, ExampleTexts } from './language-learning-types.js';

/**
 * Our own texts of the example programme "Jelgava learns from Schaerbeek on language learning",
 * drawn from the guide's real programme (Jelgava and LALRG, mentored by Schaerbeek and BRULOCALIS).
 * Written in each interface language (French, Italian, Dutch, Greek and Latvian in their own files);
 * the benchmark and the visits come from shared/src/doc/examples/, which exist in every language.
 */
/** Positions (in the language-learning benchmark) of the key factors this mentoring focuses on. */
export const FOCUS_FACTORS = [2, 3] as const;

const EN: ExampleTexts = {
  programme: {
    title: 'Example: Jelgava learns from Schaerbeek',
    theme: 'Formal and informal language learning for migrants',
    menteeCity: 'Jelgava',
    mentorCity: 'Schaerbeek',
  },
  facilitatorName: 'Example facilitator',
  boardTitles: {
    needs: 'Needs analysis',
    benchmark: 'Benchmark: language learning',
    network: 'Local support network',
    plan: 'First action plan',
    visits: 'Visit agenda',
  },
  needs: {
    challenge:
      'More newcomers settle in Jelgava each year, for work and study, and many of them struggle to follow everyday life in Latvian. Courses exist but are few, full, and held at hours that clash with shift work.',
    evidence:
      'Waiting lists at the two language course providers; questions received at the city service centre; what employers and schools tell the social department.',
    learningFromOthers:
      'How a city can bring volunteers, libraries and associations into language learning, so that people practise the language outside the classroom.',
    desiredImpact:
      'Every newcomer knows where to start learning Latvian, finds a course or a conversation group that fits their hours, and uses the language in daily life.',
    keyPartners:
      'The social department, the education board, the central library, the adult education centre, migrant associations and employers.',
    resourcesAndStrengths:
      'Motivated library staff, a network of volunteers from other city projects, and the support of LALRG, the Latvian association of local governments.',
    obstacles:
      'Little funding for courses, few Latvian teachers trained to teach adults, and information spread over many places.',
    planCreators:
      'The social department with the local support network, helped by the mentors from Schaerbeek.',
    planApprovers: 'The deputy mayor for social affairs and the city council.',
  },
  network: {
    purpose:
      'Bring together the people who teach, host and speak for newcomers, so that the plan answers real needs and is carried out together.',
    members: [
      {
        name: 'Head of the social department',
        organisation: 'Jelgava city council',
        role: 'Leads the programme for the city',
        kind: 'city-official',
        migrantRepresentative: false,
      },
      {
        name: 'Policy adviser',
        organisation: 'LALRG, Latvian association of local governments',
        role: 'Tutor; carries the results to the national level',
        kind: 'public-body',
        migrantRepresentative: false,
      },
      {
        name: 'Chair',
        organisation: 'A newcomers’ association in Jelgava',
        role: 'Speaks for the learners and tests the ideas',
        kind: 'migrant-association',
        migrantRepresentative: true,
      },
      {
        name: 'Librarian',
        organisation: 'Jelgava central library',
        role: 'Hosts conversation groups and reading clubs',
        kind: 'public-body',
        migrantRepresentative: false,
      },
      {
        name: 'Coordinator',
        organisation: 'Adult education centre',
        role: 'Plans the formal courses',
        kind: 'ngo',
        migrantRepresentative: false,
      },
    ],
  },
  plan: {
    version: 'First draft',
    rows: [
      {
        actions:
          'Open one information point on language learning, at the library, with a simple level check.',
        results: 'Newcomers learn in one place which course or group fits them.',
        timeframe: 'Within six months',
        lead: 'Social department with the central library',
        resources: 'Two trained library staff; leaflets in the main languages of newcomers',
        successMeasure: 'Number of people advised and referred each month',
        focusFactor: 0,
      },
      {
        actions:
          'Start weekly conversation cafés run by trained volunteers, on the model of Schaerbeek’s volunteering platform.',
        results: 'People practise Latvian in daily situations, outside class hours.',
        timeframe: 'From the next school year',
        lead: 'Central library with the newcomers’ association',
        resources: 'Volunteers, a short training, rooms in the library and community centres',
        successMeasure: 'Groups running, volunteers trained, learners taking part',
        focusFactor: 1,
      },
      {
        actions: 'Train volunteers together with the adult education centre.',
        results: 'Volunteers feel ready to support learners of every level.',
        timeframe: 'Before the first cafés open',
        lead: 'Adult education centre',
        resources: 'Two trainers; training material shared by Schaerbeek',
        successMeasure: 'Volunteers trained and still active after six months',
        focusFactor: 1,
      },
    ],
  },
};

const ES: ExampleTexts = {
  programme: {
    title: 'Ejemplo: Jelgava aprende de Schaerbeek',
    theme: 'Aprendizaje reglado y no reglado de idiomas para migrantes',
    menteeCity: 'Jelgava',
    mentorCity: 'Schaerbeek',
  },
  facilitatorName: 'Facilitador del ejemplo',
  boardTitles: {
    needs: 'Análisis de necesidades',
    benchmark: 'Punto de referencia: aprendizaje de idiomas',
    network: 'Red de apoyo local',
    plan: 'Primer plan de acción',
    visits: 'Agenda de visitas',
  },
  needs: {
    challenge:
      'Cada año se instalan en Jelgava más personas recién llegadas, por trabajo o estudios, y a muchas les cuesta desenvolverse en letón en la vida diaria. Hay cursos, pero son pocos, están llenos y sus horarios chocan con el trabajo por turnos.',
    evidence:
      'Listas de espera en los dos centros que imparten cursos; consultas recibidas en la oficina de atención municipal; lo que las empresas y las escuelas cuentan al departamento social.',
    learningFromOthers:
      'Cómo una ciudad puede sumar al voluntariado, las bibliotecas y las asociaciones al aprendizaje de idiomas, para que la gente practique fuera del aula.',
    desiredImpact:
      'Que cada persona recién llegada sepa por dónde empezar a aprender letón, encuentre un curso o un grupo de conversación compatible con sus horarios y use la lengua en su día a día.',
    keyPartners:
      'El departamento social, la concejalía de educación, la biblioteca central, el centro de educación de adultos, las asociaciones de migrantes y las empresas.',
    resourcesAndStrengths:
      'Personal de biblioteca motivado, una red de voluntariado de otros proyectos municipales y el apoyo de LALRG, la asociación letona de gobiernos locales.',
    obstacles:
      'Poca financiación para cursos, pocos profesores de letón formados para enseñar a adultos e información dispersa en muchos lugares.',
    planCreators:
      'El departamento social con la red de apoyo local, con la ayuda de los mentores de Schaerbeek.',
    planApprovers: 'La teniente de alcalde de asuntos sociales y el pleno municipal.',
  },
  network: {
    purpose:
      'Reunir a quienes enseñan, acogen y representan a las personas recién llegadas, para que el plan responda a necesidades reales y se lleve a cabo entre todos.',
    members: [
      {
        name: 'Jefa del departamento social',
        organisation: 'Ayuntamiento de Jelgava',
        role: 'Dirige el programa por parte de la ciudad',
        kind: 'city-official',
        migrantRepresentative: false,
      },
      {
        name: 'Asesor de políticas',
        organisation: 'LALRG, asociación letona de gobiernos locales',
        role: 'Tutor; lleva los resultados al nivel nacional',
        kind: 'public-body',
        migrantRepresentative: false,
      },
      {
        name: 'Presidenta',
        organisation: 'Una asociación de personas recién llegadas de Jelgava',
        role: 'Da voz a quienes aprenden y pone a prueba las ideas',
        kind: 'migrant-association',
        migrantRepresentative: true,
      },
      {
        name: 'Bibliotecaria',
        organisation: 'Biblioteca central de Jelgava',
        role: 'Acoge grupos de conversación y clubes de lectura',
        kind: 'public-body',
        migrantRepresentative: false,
      },
      {
        name: 'Coordinador',
        organisation: 'Centro de educación de adultos',
        role: 'Planifica los cursos reglados',
        kind: 'ngo',
        migrantRepresentative: false,
      },
    ],
  },
  plan: {
    version: 'Primer borrador',
    rows: [
      {
        actions:
          'Abrir en la biblioteca un único punto de información sobre el aprendizaje de idiomas, con una prueba de nivel sencilla.',
        results: 'Las personas recién llegadas saben en un solo lugar qué curso o grupo les conviene.',
        timeframe: 'En un plazo de seis meses',
        lead: 'Departamento social con la biblioteca central',
        resources:
          'Dos personas de la biblioteca formadas; folletos en las principales lenguas de las comunidades',
        successMeasure: 'Personas atendidas y derivadas cada mes',
        focusFactor: 0,
      },
      {
        actions:
          'Poner en marcha cafés de conversación semanales dirigidos por voluntariado formado, siguiendo el modelo de la plataforma de voluntariado de Schaerbeek.',
        results: 'La gente practica el letón en situaciones cotidianas, fuera del horario de clase.',
        timeframe: 'A partir del próximo curso',
        lead: 'Biblioteca central con la asociación de personas recién llegadas',
        resources: 'Voluntariado, una formación breve, salas en la biblioteca y en centros comunitarios',
        successMeasure: 'Grupos activos, voluntarios formados y participantes',
        focusFactor: 1,
      },
      {
        actions: 'Formar al voluntariado junto con el centro de educación de adultos.',
        results: 'El voluntariado se siente preparado para acompañar a estudiantes de cualquier nivel.',
        timeframe: 'Antes de que abran los primeros cafés',
        lead: 'Centro de educación de adultos',
        resources: 'Dos formadores; material de formación compartido por Schaerbeek',
        successMeasure: 'Voluntarios formados que siguen activos a los seis meses',
        focusFactor: 1,
      },
    ],
  },
};

const TEXTS: Readonly<Record<Language, ExampleTexts>> = {
  en: EN,
  es: ES,
  fr: FR,
  it: IT,
  nl: NL,
  el: EL,
  lv: LV,
};

/** Our texts in `language`. */
export function exampleTexts(language: Language): ExampleTexts {
  return TEXTS[language];
}
