import type * as Y from 'yjs';
import type { Language } from '../../schema/programme.js';
import type { PersonRef } from '../../schema/templates/common.js';
import type { AgendaItemKind, VisitKind } from '../../schema/templates/visit-agenda.js';
import { createVisitAgenda, visits } from '../visit-agenda.js';
import { loadContent } from './load.js';

type Plan = readonly {
  kind: VisitKind;
  host: 'mentee' | 'mentor';
  title: string;
  agenda: [AgendaItemKind, string][];
}[];

/** The three visits the guide describes, with their usual sessions, by language. */
export const STANDARD_VISITS: { readonly [L in Language]: Plan } = {
  en: [
    {
      kind: 'groundwork',
      host: 'mentee',
      title: 'Visit 1: groundwork',
      agenda: [
        ['recap', 'Recap of the needs analysis and questions to clarify during the visit'],
        ['interviews', 'Interviews and focus groups with stakeholders, including the local support network'],
        ['good-practice', 'Good practices of the mentor city'],
        ['action-planning', 'Action-planning workshop with local stakeholders: a first list of actions'],
      ],
    },
    {
      kind: 'inspiration',
      host: 'mentor',
      title: 'Visit 2: inspiration',
      agenda: [
        ['presentation', 'The context of the mentor city, and questions to clarify during the visit'],
        ['interviews', 'Interviews and focus groups, including the local support network'],
        ['site-visit', 'Visits to good practices and presentations'],
        ['action-planning', 'Workshop: revising the action plan with the new ideas'],
      ],
    },
    {
      kind: 'consolidation',
      host: 'mentee',
      title: 'Visit 3: consolidation',
      agenda: [
        ['recap', 'Recap of the points of the action plan still to settle'],
        ['interviews', 'Interviews and focus groups with the people key to carrying out the plan'],
        ['presentation', 'Presentation of the final action plan to politicians and local stakeholders'],
      ],
    },
  ],
  es: [
    {
      kind: 'groundwork',
      host: 'mentee',
      title: 'Visita 1: preparación del terreno',
      agenda: [
        ['recap', 'Repaso del análisis de necesidades y preguntas que aclarar durante la visita'],
        [
          'interviews',
          'Entrevistas y grupos de discusión con las partes interesadas, incluida la red de apoyo local',
        ],
        ['good-practice', 'Buenas prácticas de la ciudad mentora'],
        [
          'action-planning',
          'Taller de planificación con las partes interesadas locales: una primera lista de acciones',
        ],
      ],
    },
    {
      kind: 'inspiration',
      host: 'mentor',
      title: 'Visita 2: inspiración',
      agenda: [
        ['presentation', 'El contexto de la ciudad mentora y preguntas que aclarar durante la visita'],
        ['interviews', 'Entrevistas y grupos de discusión, incluida la red de apoyo local'],
        ['site-visit', 'Visitas a buenas prácticas y presentaciones'],
        ['action-planning', 'Taller: revisión del plan de acción con las nuevas ideas'],
      ],
    },
    {
      kind: 'consolidation',
      host: 'mentee',
      title: 'Visita 3: consolidación',
      agenda: [
        ['recap', 'Repaso de los puntos del plan de acción pendientes de aclarar'],
        ['interviews', 'Entrevistas y grupos de discusión con los actores clave para aplicar el plan'],
        [
          'presentation',
          'Presentación del plan de acción final a los políticos y a las partes interesadas locales',
        ],
      ],
    },
  ],
  fr: [
    {
      kind: 'groundwork',
      host: 'mentee',
      title: 'Visite 1 : préparation',
      agenda: [
        ['recap', 'Retour sur l’analyse des besoins et questions à clarifier pendant la visite'],
        [
          'interviews',
          'Entretiens et groupes de discussion avec les parties prenantes, dont le réseau local d’appui',
        ],
        ['good-practice', 'Bonnes pratiques de la ville mentor'],
        [
          'action-planning',
          'Atelier de planification avec les acteurs locaux : une première liste d’actions',
        ],
      ],
    },
    {
      kind: 'inspiration',
      host: 'mentor',
      title: 'Visite 2 : inspiration',
      agenda: [
        ['presentation', 'Le contexte de la ville mentor, et questions à clarifier pendant la visite'],
        ['interviews', 'Entretiens et groupes de discussion, dont le réseau local d’appui'],
        ['site-visit', 'Visites de bonnes pratiques et présentations'],
        ['action-planning', 'Atelier : révision du plan d’action à la lumière des nouvelles idées'],
      ],
    },
    {
      kind: 'consolidation',
      host: 'mentee',
      title: 'Visite 3 : consolidation',
      agenda: [
        ['recap', 'Retour sur les points du plan d’action encore à régler'],
        [
          'interviews',
          'Entretiens et groupes de discussion avec les personnes clés pour la mise en œuvre du plan',
        ],
        ['presentation', 'Présentation du plan d’action final aux élus et aux acteurs locaux'],
      ],
    },
  ],
  it: [
    {
      kind: 'groundwork',
      host: 'mentee',
      title: 'Visita 1: preparazione',
      agenda: [
        ['recap', 'Ripresa dell’analisi dei bisogni e domande da chiarire durante la visita'],
        ['interviews', 'Interviste e focus group con gli stakeholder, compresa la rete locale di supporto'],
        ['good-practice', 'Buone pratiche della città mentore'],
        [
          'action-planning',
          'Laboratorio di pianificazione con gli stakeholder locali: un primo elenco di azioni',
        ],
      ],
    },
    {
      kind: 'inspiration',
      host: 'mentor',
      title: 'Visita 2: ispirazione',
      agenda: [
        ['presentation', 'Il contesto della città mentore e domande da chiarire durante la visita'],
        ['interviews', 'Interviste e focus group, compresa la rete locale di supporto'],
        ['site-visit', 'Visite a buone pratiche e presentazioni'],
        ['action-planning', 'Laboratorio: revisione del piano d’azione alla luce delle nuove idee'],
      ],
    },
    {
      kind: 'consolidation',
      host: 'mentee',
      title: 'Visita 3: consolidamento',
      agenda: [
        ['recap', 'Ripresa dei punti del piano d’azione ancora da definire'],
        ['interviews', 'Interviste e focus group con le persone chiave per l’attuazione del piano'],
        ['presentation', 'Presentazione del piano d’azione finale ai politici e agli stakeholder locali'],
      ],
    },
  ],
  nl: [
    {
      kind: 'groundwork',
      host: 'mentee',
      title: 'Bezoek 1: voorbereiding',
      agenda: [
        ['recap', 'Terugblik op de behoefteanalyse en vragen om tijdens het bezoek te verduidelijken'],
        [
          'interviews',
          'Interviews en focusgroepen met belanghebbenden, onder wie het lokaal ondersteuningsnetwerk',
        ],
        ['good-practice', 'Goede praktijken van de mentorstad'],
        ['action-planning', 'Workshop actieplanning met lokale belanghebbenden: een eerste lijst van acties'],
      ],
    },
    {
      kind: 'inspiration',
      host: 'mentor',
      title: 'Bezoek 2: inspiratie',
      agenda: [
        ['presentation', 'De context van de mentorstad, en vragen om tijdens het bezoek te verduidelijken'],
        ['interviews', 'Interviews en focusgroepen, onder meer met het lokaal ondersteuningsnetwerk'],
        ['site-visit', 'Bezoeken aan goede praktijken en presentaties'],
        ['action-planning', 'Workshop: het actieplan bijstellen met de nieuwe ideeën'],
      ],
    },
    {
      kind: 'consolidation',
      host: 'mentee',
      title: 'Bezoek 3: consolidatie',
      agenda: [
        ['recap', 'Terugblik op de punten van het actieplan die nog moeten worden afgerond'],
        [
          'interviews',
          'Interviews en focusgroepen met de mensen die cruciaal zijn voor de uitvoering van het plan',
        ],
        ['presentation', 'Voorstelling van het definitieve actieplan aan politici en lokale belanghebbenden'],
      ],
    },
  ],
  el: [
    {
      kind: 'groundwork',
      host: 'mentee',
      title: 'Επίσκεψη 1: προετοιμασία',
      agenda: [
        ['recap', 'Ανασκόπηση της ανάλυσης αναγκών και ερωτήματα προς διευκρίνιση κατά την επίσκεψη'],
        [
          'interviews',
          'Συνεντεύξεις και ομάδες εστίασης με τους ενδιαφερόμενους φορείς, μεταξύ αυτών και το τοπικό δίκτυο υποστήριξης',
        ],
        ['good-practice', 'Καλές πρακτικές της πόλης-μέντορα'],
        ['action-planning', 'Εργαστήριο σχεδιασμού με τους τοπικούς φορείς: ένας πρώτος κατάλογος δράσεων'],
      ],
    },
    {
      kind: 'inspiration',
      host: 'mentor',
      title: 'Επίσκεψη 2: έμπνευση',
      agenda: [
        ['presentation', 'Το πλαίσιο της πόλης-μέντορα και ερωτήματα προς διευκρίνιση κατά την επίσκεψη'],
        ['interviews', 'Συνεντεύξεις και ομάδες εστίασης, μεταξύ αυτών και με το τοπικό δίκτυο υποστήριξης'],
        ['site-visit', 'Επισκέψεις σε καλές πρακτικές και παρουσιάσεις'],
        ['action-planning', 'Εργαστήριο: αναθεώρηση του σχεδίου δράσης με τις νέες ιδέες'],
      ],
    },
    {
      kind: 'consolidation',
      host: 'mentee',
      title: 'Επίσκεψη 3: εδραίωση',
      agenda: [
        ['recap', 'Ανασκόπηση των σημείων του σχεδίου δράσης που εκκρεμούν'],
        [
          'interviews',
          'Συνεντεύξεις και ομάδες εστίασης με τα πρόσωπα-κλειδιά για την υλοποίηση του σχεδίου',
        ],
        ['presentation', 'Παρουσίαση του τελικού σχεδίου δράσης σε αιρετούς και τοπικούς φορείς'],
      ],
    },
  ],
  lv: [
    {
      kind: 'groundwork',
      host: 'mentee',
      title: '1. vizīte: sagatavošana',
      agenda: [
        ['recap', 'Vajadzību analīzes kopsavilkums un vizītē precizējamie jautājumi'],
        ['interviews', 'Intervijas un fokusgrupas ar ieinteresētajām pusēm, tostarp vietējo atbalsta tīklu'],
        ['good-practice', 'Mentorpilsētas labā prakse'],
        [
          'action-planning',
          'Rīcības plānošanas darbnīca ar vietējām ieinteresētajām pusēm: pirmais rīcību saraksts',
        ],
      ],
    },
    {
      kind: 'inspiration',
      host: 'mentor',
      title: '2. vizīte: iedvesma',
      agenda: [
        ['presentation', 'Mentorpilsētas konteksts un vizītē precizējamie jautājumi'],
        ['interviews', 'Intervijas un fokusgrupas, tostarp ar vietējo atbalsta tīklu'],
        ['site-visit', 'Labās prakses apmeklējumi un prezentācijas'],
        ['action-planning', 'Darbnīca: rīcības plāna pārskatīšana, ņemot vērā jaunās idejas'],
      ],
    },
    {
      kind: 'consolidation',
      host: 'mentee',
      title: '3. vizīte: nostiprināšana',
      agenda: [
        ['recap', 'Kopsavilkums par rīcības plāna vēl neatrisinātajiem punktiem'],
        ['interviews', 'Intervijas un fokusgrupas ar plāna īstenošanai svarīgākajiem cilvēkiem'],
        ['presentation', 'Galīgā rīcības plāna prezentācija politiķiem un vietējām ieinteresētajām pusēm'],
      ],
    },
  ],
};

/** What {@link addStandardVisits} takes. */
export interface StandardVisitsInput {
  readonly language: keyof typeof STANDARD_VISITS;
  readonly menteeCity: string;
  readonly mentorCity: string;
  readonly by: PersonRef | null;
}

/**
 * Adds the guide's three visits (groundwork and consolidation in the mentee city, inspiration in the
 * mentor city) with their usual sessions, for the facilitator to adapt. Race-safe like the example
 * benchmark: into an empty agenda 'loaded' once, otherwise 'appended'.
 */
export function addStandardVisits(doc: Y.Doc, input: StandardVisitsInput): 'loaded' | 'appended' {
  const empty = visits.ids(doc).length === 0;
  return loadContent(
    doc,
    'example:standard-visits',
    input,
    empty,
    (target, { language, by, ...cities }, random, fresh) => {
      if (fresh) createVisitAgenda(target);
      for (const visit of STANDARD_VISITS[language]) {
        const place = visit.host === 'mentee' ? cities.menteeCity : cities.mentorCity;
        const agenda = visit.agenda.map(([kind, title]) => ({ kind, title }));
        visits.insert(target, {
          by,
          random,
          values: { kind: visit.kind, title: visit.title, place, agenda },
        });
      }
    },
  );
}
