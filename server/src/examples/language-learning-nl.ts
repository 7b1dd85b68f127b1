import type { ExampleTexts } from './language-learning-types.js';

/** The example programme in Dutch (see language-learning-content.ts). */
export const NL: ExampleTexts = {
  programme: {
    title: 'Voorbeeld: Jelgava leert van Schaerbeek',
    theme: 'Formeel en informeel taalleren voor migranten',
    menteeCity: 'Jelgava',
    mentorCity: 'Schaerbeek',
  },
  facilitatorName: 'Begeleider van het voorbeeld',
  boardTitles: {
    needs: 'Behoefteanalyse',
    benchmark: 'Benchmark: taalleren',
    network: 'Lokaal steunnetwerk',
    plan: 'Eerste actieplan',
    visits: 'Bezoekprogramma',
  },
  needs: {
    challenge:
      'Elk jaar vestigen zich meer nieuwkomers in Jelgava, voor werk of studie, en velen hebben moeite om het dagelijks leven in het Lets te volgen. Er zijn cursussen, maar het zijn er weinig, ze zitten vol en ze vallen op uren die botsen met ploegendienst.',
    evidence:
      'Wachtlijsten bij de twee aanbieders van taalcursussen; vragen aan het loket van de stad; wat werkgevers en scholen aan de sociale dienst vertellen.',
    learningFromOthers:
      'Hoe een stad vrijwilligers, bibliotheken en verenigingen bij taalleren kan betrekken, zodat mensen de taal ook buiten het klaslokaal oefenen.',
    desiredImpact:
      'Elke nieuwkomer weet waar hij of zij kan beginnen met Lets leren, vindt een cursus of een conversatiegroep die bij zijn uren past en gebruikt de taal in het dagelijks leven.',
    keyPartners:
      'De sociale dienst, de onderwijsdienst, de centrale bibliotheek, het centrum voor volwassenenonderwijs, migrantenverenigingen en werkgevers.',
    resourcesAndStrengths:
      'Gemotiveerd bibliotheekpersoneel, een netwerk van vrijwilligers uit andere stadsprojecten en de steun van LALRG, de Letse vereniging van lokale besturen.',
    obstacles:
      'Weinig geld voor cursussen, weinig leraren Lets die opgeleid zijn om volwassenen les te geven, en informatie die over veel plaatsen verspreid is.',
    planCreators: 'De sociale dienst met het lokale steunnetwerk, geholpen door de mentoren uit Schaerbeek.',
    planApprovers: 'De schepen van sociale zaken en de gemeenteraad.',
  },
  network: {
    purpose:
      'De mensen samenbrengen die nieuwkomers lesgeven, ontvangen en vertegenwoordigen, zodat het plan op echte behoeften antwoordt en samen wordt uitgevoerd.',
    members: [
      {
        name: 'Hoofd van de sociale dienst',
        organisation: 'Stad Jelgava',
        role: 'Leidt het programma voor de stad',
        kind: 'city-official',
        migrantRepresentative: false,
      },
      {
        name: 'Beleidsadviseur',
        organisation: 'LALRG, Letse vereniging van lokale besturen',
        role: 'Tutor; brengt de resultaten naar het nationale niveau',
        kind: 'public-body',
        migrantRepresentative: false,
      },
      {
        name: 'Voorzitster',
        organisation: 'Een vereniging van nieuwkomers in Jelgava',
        role: 'Spreekt namens de lerenden en toetst de ideeën',
        kind: 'migrant-association',
        migrantRepresentative: true,
      },
      {
        name: 'Bibliothecaris',
        organisation: 'Centrale bibliotheek van Jelgava',
        role: 'Ontvangt conversatiegroepen en leesclubs',
        kind: 'public-body',
        migrantRepresentative: false,
      },
      {
        name: 'Coördinator',
        organisation: 'Centrum voor volwassenenonderwijs',
        role: 'Plant de formele cursussen',
        kind: 'ngo',
        migrantRepresentative: false,
      },
    ],
  },
  plan: {
    version: 'Eerste ontwerp',
    rows: [
      {
        actions: 'Eén informatiepunt over taalleren openen in de bibliotheek, met een eenvoudige niveautest.',
        results: 'Nieuwkomers horen op één plek welke cursus of groep bij hen past.',
        timeframe: 'Binnen zes maanden',
        lead: 'Sociale dienst met de centrale bibliotheek',
        resources: 'Twee opgeleide bibliotheekmedewerkers; folders in de belangrijkste talen van nieuwkomers',
        successMeasure: 'Aantal mensen dat elke maand advies krijgt en wordt doorverwezen',
        focusFactor: 0,
      },
      {
        actions:
          'Wekelijkse conversatiecafés starten, geleid door opgeleide vrijwilligers, naar het model van het vrijwilligersplatform van Schaerbeek.',
        results: 'Mensen oefenen Lets in alledaagse situaties, buiten de lesuren.',
        timeframe: 'Vanaf het volgende schooljaar',
        lead: 'Centrale bibliotheek met de vereniging van nieuwkomers',
        resources: 'Vrijwilligers, een korte opleiding, zalen in de bibliotheek en in buurtcentra',
        successMeasure: 'Actieve groepen, opgeleide vrijwilligers, deelnemende lerenden',
        focusFactor: 1,
      },
      {
        actions: 'Vrijwilligers opleiden samen met het centrum voor volwassenenonderwijs.',
        results: 'Vrijwilligers voelen zich klaar om lerenden van elk niveau te begeleiden.',
        timeframe: 'Voor de eerste cafés openen',
        lead: 'Centrum voor volwassenenonderwijs',
        resources: 'Twee opleiders; opleidingsmateriaal gedeeld door Schaerbeek',
        successMeasure: 'Opgeleide vrijwilligers die na zes maanden nog actief zijn',
        focusFactor: 1,
      },
    ],
  },
};
