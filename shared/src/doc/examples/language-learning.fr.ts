import type { ExampleBenchmark } from './example-benchmark.js';

/** Référentiel d’exemple « apprentissage de la langue », en français. Rédigé d’après le guide. */
export const LANGUAGE_LEARNING_FR: ExampleBenchmark = {
  theme: 'Apprentissage de la langue : apprendre la langue du pays d’accueil',
  introduction:
    'Comment une ville peut aider les personnes nouvellement arrivées à apprendre la langue locale, en cours comme dans la vie quotidienne. Ce référentiel décrit un idéal qu’aucune ville n’atteint entièrement : servez-vous-en pour repérer les atouts de votre ville, ses lacunes et les facteurs clés sur lesquels le mentorat devrait se concentrer.',
  keyFactors: [
    {
      title: 'Connaître la demande et l’offre',
      rationale:
        'La planification part d’une vision claire des personnes qui doivent apprendre la langue, du niveau visé et de leurs contraintes (travail, garde d’enfants, alphabétisation), ainsi que des cours et des occasions d’apprentissage informel qui existent déjà. Sans cette vision, les lacunes et les doublons restent invisibles.',
      guidingQuestions:
        'La ville sait-elle combien d’habitants ont besoin d’un soutien linguistique, et à quels niveaux ?\nExiste-t-il un état des lieux à jour des cours formels et des occasions d’apprentissage informel dans la ville ?\nDemande-t-on aux personnes migrantes et à leurs associations ce qui les empêche d’apprendre ?',
      practicalTips:
        'Croisez les statistiques avec une courte enquête menée par l’intermédiaire des associations de personnes migrantes et des opérateurs de formation.\nTenez l’offre à jour sur une liste commune que les opérateurs actualisent eux-mêmes.',
    },
    {
      title: 'Des cours formels en nombre suffisant, ouverts à toutes et à tous',
      rationale:
        'Les cours mènent à des niveaux reconnus et ouvrent l’accès à l’emploi et à la poursuite d’études. Ils ne touchent le public que s’il y a assez de places à faible coût et si les horaires, les lieux et la garde d’enfants sont adaptés à la vie des apprenants, y compris les personnes travaillant en horaires décalés et celles peu scolarisées.',
      guidingQuestions:
        'Y a-t-il des listes d’attente pour les cours, et pour quels publics ?\nExiste-t-il des cours en soirée, le week-end, en ligne et dans les quartiers ?\nUne garde d’enfants est-elle proposée, et existe-t-il des cours pour les personnes qui ne savent pas encore lire ni écrire ?',
      practicalTips:
        'Convenez avec les opérateurs de chiffres communs sur les listes d’attente.\nUtilisez les bibliothèques, les écoles et les maisons de quartier pour proposer des cours près de chez soi.',
    },
    {
      title: 'Un point d’entrée unique et clair vers l’apprentissage de la langue',
      rationale:
        'Les personnes nouvellement arrivées ne savent souvent pas ce qui existe ni quel cours leur convient. Un point unique d’information et d’orientation, en plusieurs langues, qui évalue le niveau et oriente vers l’offre formelle et informelle fait gagner du temps aux apprenants comme aux opérateurs.',
      guidingQuestions:
        'Aujourd’hui, comment une personne nouvellement arrivée apprend-elle l’existence des cours de langue ?\nExiste-t-il un service qui évalue le niveau et oriente vers le cours adapté ?\nL’information est-elle disponible dans les principales langues des personnes nouvellement arrivées ?',
      practicalTips:
        'Formez le personnel d’accueil des autres services à orienter le public vers le point d’orientation.\nPubliez l’offre en langage clair et dans les principales langues des communautés.',
    },
    {
      title: 'Soutenir l’apprentissage informel de la langue par le bénévolat',
      rationale:
        'Le bénévolat offre un fort potentiel pour l’apprentissage de la langue. Les bénévoles peuvent toucher des personnes migrantes que l’enseignement formel n’atteint pas ou qui n’ont pas trouvé de place en cours, et leur apporter un accompagnement très personnalisé. Ils peuvent être partenaires linguistiques ou mentors, encadrer de petits groupes ou intervenir en appui dans des cours formels, et ils font vivre la langue au quotidien : cafés de conversation en accès libre, maisons de quartier, ateliers de cuisine, accompagnement social dans l’éducation et la santé.\nPour exploiter ce potentiel, une ville peut recruter des bénévoles linguistiques (y compris dans le cadre de campagnes plus larges en faveur du bénévolat), lancer un réseau local qui coordonne les offres, faire connaître les occasions d’apprentissage informel, former les bénévoles avec les associations de bénévolat et les organismes de formation linguistique, et aider les structures à suivre et à améliorer les résultats d’apprentissage.',
      guidingQuestions:
        'Les personnes migrantes de votre ville connaissent-elles les possibilités de bénévolat qui leur permettraient d’améliorer leur maîtrise de la langue ?\nLes initiatives de bénévolat s’efforcent-elles d’associer des personnes migrantes ?\nLes projets de bénévolat existants sont-ils attractifs pour les personnes migrantes qui vivent dans votre ville ?\nAvez-vous examiné avec les initiatives de bénévolat comment elles pourraient soutenir l’apprentissage de la langue ?',
      practicalTips:
        'Le projet Erasmus+ VIME a produit des modules de formation et d’autres supports pour les bénévoles linguistiques : une bonne base de départ.\nAppuyez-vous sur des activités que les gens apprécient déjà, comme une chorale, un atelier de cuisine ou un club de sport, et intégrez-y la pratique de la langue.',
      examples: [
        {
          title: 'EIL – European Integration Languages',
          description:
            'Les partenaires du projet ont expérimenté des « ateliers sociolinguistiques » : l’apprentissage de la langue dans des cadres informels, comme une chorale multiculturelle ou des ateliers de cuisine.',
          link: 'https://epale.ec.europa.eu/en/blog/eil-european-integration-languages',
        },
        {
          title: 'Schaerbeek (Bruxelles) : le projet CAMIM',
          description:
            'Après avoir consulté des personnes migrantes et leurs associations, la commune a créé une plateforme de bénévolat proposant des activités qui permettent aux personnes migrantes d’améliorer leur français.',
          link: 'http://www.via.brussels/projet-camim',
        },
      ],
    },
    {
      title: 'La langue pour le travail et la vie quotidienne',
      rationale:
        'On apprend plus vite quand la langue est liée à ses besoins concrets : l’emploi ou la formation, l’école des enfants, les soins de santé. Les cours qui associent la langue à une formation professionnelle ou à des stages, et les employeurs qui soutiennent l’apprentissage sur le lieu de travail, raccourcissent le chemin vers l’emploi.',
      guidingQuestions:
        'Existe-t-il des cours qui associent la langue à une formation professionnelle ou à une expérience de travail ?\nLes employeurs et le service public de l’emploi participent-ils à l’apprentissage de la langue ?\nLes parents peuvent-ils apprendre par l’intermédiaire de l’école ou de la crèche de leurs enfants ?',
      practicalTips:
        'Associez les employeurs et les syndicats à la conception de cours à visée professionnelle.\nUtilisez les écoles et les centres de santé pour de courtes séances pratiques de langue.',
    },
    {
      title: 'Des opérateurs qui travaillent ensemble',
      rationale:
        'De nombreux acteurs proposent un apprentissage de la langue : éducation des adultes, associations, bénévoles, employeurs, parfois des programmes nationaux. Lorsque la ville les réunit, les apprenants passent sans rupture d’une offre à l’autre et les ressources, rares, vont là où elles sont le plus nécessaires.',
      guidingQuestions:
        'Les opérateurs de l’apprentissage formel et informel se rencontrent-ils régulièrement ?\nExiste-t-il une procédure convenue pour orienter les apprenants d’une offre à l’autre ?\nQui, au sein de l’administration municipale, est responsable de l’apprentissage de la langue ?',
      practicalTips:
        'Créez un réseau local de l’apprentissage de la langue, avec un secrétariat léger assuré par la ville.\nConvenez de descriptions communes des niveaux pour faciliter l’orientation.',
    },
    {
      title: 'Suivre les progrès et améliorer l’offre',
      rationale:
        'Savoir si les apprenants progressent, abandonnent ou trouvent un emploi aide à améliorer l’offre et à justifier les demandes de financement. Le suivi doit être assez simple pour que les petites structures et les offres bénévoles puissent y prendre part.',
      guidingQuestions:
        'Savez-vous combien d’apprenants terminent un cours ou atteignent le niveau suivant ?\nInterroge-t-on les apprenants sur leur expérience ?\nLes résultats servent-ils à ajuster l’offre ?',
      practicalTips:
        'Convenez avec les opérateurs de quelques indicateurs communs.\nDonnez aux associations de bénévoles des outils simples pour consigner les progrès.',
    },
  ],
  contextFactors: [
    {
      title: 'Règles nationales sur les cours d’intégration',
      description:
        'Si les cours de langue sont organisés, financés ou rendus obligatoires au niveau national, et pour quels publics.',
      implications:
        'Détermine ce que la ville doit proposer elle-même, et les domaines où elle peut seulement compléter l’offre nationale et s’y articuler.',
    },
    {
      title: 'Statut de séjour et accès aux cours',
      description:
        'Certains publics, comme les demandeurs d’asile, peuvent ne pas avoir droit aux cours financés sur fonds publics tant qu’il n’a pas été statué sur leur situation.',
      implications: 'L’apprentissage informel et bénévole peut rester longtemps leur seule possibilité.',
    },
    {
      title: 'Qui est compétent pour l’éducation des adultes',
      description:
        'L’éducation des adultes peut relever de la région ou de l’État, avec des budgets fixés en dehors de la ville.',
      implications: 'Le rôle de la ville peut être de coordonner et de plaider plutôt que de financer.',
    },
    {
      title: 'Tendances migratoires',
      description:
        'Le nombre d’arrivées, les langues parlées et le niveau d’études des personnes arrivées peuvent évoluer rapidement.',
      implications:
        'L’offre doit pouvoir s’étendre ou se réduire et s’adapter à de nouveaux publics d’apprenants.',
    },
  ],
};
