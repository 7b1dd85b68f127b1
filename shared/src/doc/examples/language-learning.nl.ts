import type { ExampleBenchmark } from './example-benchmark.js';

/** Voorbeeldbenchmark ‘taalverwerving’, in het Nederlands. Opgesteld op basis van de gids. */
export const LANGUAGE_LEARNING_NL: ExampleBenchmark = {
  theme: 'Taalverwerving: de taal van het gastland leren',
  introduction:
    'Hoe een stad nieuwkomers kan helpen de lokale taal te leren, in de les en in het dagelijks leven. De benchmark beschrijft een ideaal dat geen enkele stad volledig haalt: gebruik hem om te zien waar uw stad sterk in is, waar de lacunes liggen en op welke sleutelfactoren de mentoring zich moet richten.',
  keyFactors: [
    {
      title: 'Vraag en aanbod kennen',
      rationale:
        'Planning begint met een helder beeld van wie de taal moet leren, op welk niveau en met welke beperkingen (werk, kinderopvang, geletterdheid), en van de cursussen en informele leerkansen die er al zijn. Zonder dat beeld blijven lacunes en overlappingen verborgen.',
      guidingQuestions:
        'Weet de stad hoeveel inwoners taalondersteuning nodig hebben, en op welke niveaus?\nIs er een actueel overzicht van het formele cursusaanbod en de informele leerkansen in de stad?\nWordt aan migranten en hun organisaties gevraagd wat hen belemmert om te leren?',
      practicalTips:
        'Combineer statistieken met een korte bevraging via migrantenorganisaties en aanbieders.\nHoud het aanbod bij in één gedeelde lijst die de aanbieders zelf actualiseren.',
    },
    {
      title: 'Voldoende formele cursussen, toegankelijk voor iedereen',
      rationale:
        'Lessen leiden naar erkende niveaus en openen de weg naar werk en verdere studie. Ze bereiken mensen alleen als er genoeg plaatsen zijn tegen een lage kostprijs en als lesuren, leslocaties en kinderopvang passen bij het leven van de cursisten, ook van ploegenarbeiders en laaggeschoolden.',
      guidingQuestions:
        'Zijn er wachtlijsten voor cursussen, en voor wie?\nZijn er cursussen ’s avonds, in het weekend, online en in de wijken?\nIs er kinderopvang, en zijn er cursussen voor mensen die nog niet kunnen lezen of schrijven?',
      practicalTips:
        'Maak met de aanbieders afspraken over gedeelde cijfers over wachtlijsten.\nGebruik bibliotheken, scholen en buurtcentra voor lessen dicht bij huis.',
    },
    {
      title: 'Eén duidelijk loket voor taalverwerving',
      rationale:
        'Nieuwkomers weten vaak niet wat er bestaat of welke cursus bij hen past. Eén informatie- en doorverwijspunt, in meerdere talen, dat het niveau bepaalt en mensen doorverwijst naar formele en informele mogelijkheden, bespaart zowel cursisten als aanbieders tijd.',
      guidingQuestions:
        'Waar hoort een nieuwkomer vandaag over taalcursussen?\nIs er een dienst die het niveau bepaalt en mensen doorverwijst naar de juiste cursus?\nIs de informatie beschikbaar in de belangrijkste talen van nieuwkomers?',
      practicalTips:
        'Leid eerstelijnsmedewerkers van andere diensten op om mensen door te verwijzen naar het doorverwijspunt.\nPubliceer het aanbod in heldere taal en in de belangrijkste talen van de gemeenschappen.',
    },
    {
      title: 'Informele taalverwerving ondersteunen via vrijwilligerswerk',
      rationale:
        'Vrijwilligerswerk biedt veel mogelijkheden voor taalverwerving. Vrijwilligers kunnen migranten bereiken die het formele onderwijs niet bereikt of die geen plaats in een cursus hebben, en kunnen zeer persoonlijke ondersteuning bieden. Ze kunnen taalmaatje of mentor zijn, kleine groepen begeleiden of meehelpen in formele cursussen, en ze brengen de taal in het echte leven: vrij toegankelijke conversatietafels, buurtcentra, kookclubs, sociale ondersteuning in onderwijs en zorg.\nOm die mogelijkheden te benutten kan een stad taalvrijwilligers werven (ook binnen bredere vrijwilligerscampagnes), een lokaal netwerk opzetten dat het aanbod coördineert, informele leerkansen bekendmaken, vrijwilligers opleiden samen met vrijwilligers- en taalorganisaties, en organisaties helpen de leerresultaten op te volgen en te verbeteren.',
      guidingQuestions:
        'Kennen migranten in uw stad de vrijwilligersmogelijkheden waarmee ze hun taalvaardigheid kunnen verbeteren?\nDoen vrijwilligersinitiatieven moeite om migranten te betrekken?\nZijn bestaande vrijwilligersprojecten aantrekkelijk voor de migranten die in uw stad wonen?\nHeeft u samen met vrijwilligersinitiatieven onderzocht hoe zij taalverwerving kunnen ondersteunen?',
      practicalTips:
        'Het Erasmus+-project VIME ontwikkelde opleidingsmodules en ander materiaal voor taalvrijwilligers: een goede basis om van te vertrekken.\nBouw voort op activiteiten die mensen al graag doen, zoals een koor, een kookclub of een sportclub, en voeg er taaloefening aan toe.',
      examples: [
        {
          title: 'EIL – European Integration Languages',
          description:
            'De projectpartners experimenteerden met ‘sociolinguïstische workshops’: taalverwerving in een informele omgeving, zoals een multicultureel koor of kookworkshops.',
          link: 'https://epale.ec.europa.eu/en/blog/eil-european-integration-languages',
        },
        {
          title: 'Schaarbeek (Brussel): het CAMIM-project',
          description:
            'Na overleg met migranten en migrantenorganisaties zette de gemeente een vrijwilligersplatform op met activiteiten waarmee migranten hun Frans kunnen verbeteren.',
          link: 'http://www.via.brussels/projet-camim',
        },
      ],
    },
    {
      title: 'Taal voor werk en dagelijks leven',
      rationale:
        'Mensen leren sneller wanneer de taal aansluit bij wat ze nodig hebben: hun werk of opleiding, de school van hun kinderen, de gezondheidszorg. Cursussen die taal combineren met een beroepsopleiding of stage, en werkgevers die leren op de werkvloer ondersteunen, verkorten de weg naar werk.',
      guidingQuestions:
        'Zijn er cursussen die taal combineren met een beroepsopleiding of werkervaring?\nWerken werkgevers en arbeidsbemiddelingsdiensten mee aan taalverwerving?\nKunnen ouders leren via de school of de kinderopvang van hun kinderen?',
      practicalTips:
        'Betrek werkgevers en vakbonden bij het ontwerp van beroepsgerichte cursussen.\nGebruik scholen en gezondheidscentra voor korte, praktische taalsessies.',
    },
    {
      title: 'Aanbieders die samenwerken',
      rationale:
        'Veel actoren bieden taalverwerving aan: volwassenenonderwijs, ngo’s, vrijwilligers, werkgevers, soms nationale programma’s. Wanneer de stad hen samenbrengt, stromen cursisten vlot door van het ene aanbod naar het andere en gaan schaarse middelen naar waar ze het meest nodig zijn.',
      guidingQuestions:
        'Komen aanbieders van formeel en informeel leren regelmatig samen?\nIs er een afgesproken manier om cursisten van het ene aanbod naar het andere door te verwijzen?\nWie is binnen het stadsbestuur verantwoordelijk voor taalverwerving?',
      practicalTips:
        'Zet een lokaal netwerk voor taalverwerving op, met een licht secretariaat bij de stad.\nSpreek gemeenschappelijke niveauomschrijvingen af, zodat doorverwijzen eenvoudig is.',
    },
    {
      title: 'Voortgang opvolgen en verbeteren',
      rationale:
        'Weten of cursisten vooruitgaan, afhaken of werk vinden helpt om het aanbod te verbeteren en financiering te onderbouwen. De opvolging moet eenvoudig genoeg zijn zodat ook kleine aanbieders en vrijwilligersinitiatieven kunnen deelnemen.',
      guidingQuestions:
        'Weet u hoeveel cursisten een cursus afronden of het volgende niveau bereiken?\nWordt cursisten naar hun ervaring gevraagd?\nWorden de resultaten gebruikt om het aanbod bij te sturen?',
      practicalTips:
        'Spreek met de aanbieders enkele gemeenschappelijke indicatoren af.\nGeef vrijwilligersorganisaties eenvoudige instrumenten om de voortgang te registreren.',
    },
  ],
  contextFactors: [
    {
      title: 'Nationale regels voor inburgeringscursussen',
      description:
        'Of taalcursussen op nationaal niveau worden georganiseerd, gefinancierd of verplicht gesteld, en voor wie.',
      implications:
        'Bepaalt wat de stad zelf moet aanbieden en waar ze het nationale aanbod alleen kan aanvullen en erop kan aansluiten.',
    },
    {
      title: 'Verblijfsstatus en toegang tot cursussen',
      description:
        'Sommige groepen, zoals asielzoekers, hebben mogelijk geen recht op publiek gefinancierde cursussen zolang over hun status niet is beslist.',
      implications:
        'Informeel leren en vrijwilligersinitiatieven kunnen lange tijd hun enige mogelijkheid zijn.',
    },
    {
      title: 'Wie bevoegd is voor volwassenenonderwijs',
      description:
        'Volwassenenonderwijs kan een regionale of nationale bevoegdheid zijn, met budgetten die buiten de stad worden vastgelegd.',
      implications: 'De stad speelt dan eerder een coördinerende en pleitende rol dan een financierende.',
    },
    {
      title: 'Migratietrends',
      description: 'Het aantal nieuwkomers, hun talen en hun opleidingsachtergrond kunnen snel veranderen.',
      implications:
        'Het aanbod moet kunnen groeien of krimpen en zich aanpassen aan nieuwe groepen cursisten.',
    },
  ],
};
