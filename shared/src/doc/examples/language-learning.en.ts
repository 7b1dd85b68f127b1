import type { ExampleBenchmark } from './example-benchmark.js';

/** Example benchmark "language learning", in English. Written in our own words after the guide. */
export const LANGUAGE_LEARNING_EN: ExampleBenchmark = {
  theme: 'Language learning: learning the language of the host country',
  introduction:
    'How a city can help newcomers learn the local language, in class and in everyday life. It describes an ideal that no city meets in full: use it to see where your city is strong, where the gaps are, and which key factors the mentoring should focus on.',
  keyFactors: [
    {
      title: 'Know the demand and the offer',
      rationale:
        'Planning starts from a clear picture of who needs to learn the language, at what level and with what constraints (work, childcare, literacy), and of the courses and informal opportunities that already exist. Without it, gaps and overlaps stay hidden.',
      guidingQuestions:
        'Does the city know how many residents need language support, and at which levels?\nIs there an up-to-date overview of formal courses and informal opportunities in the city?\nAre migrants and their organisations asked what keeps them from learning?',
      practicalTips:
        'Combine statistics with a short survey run through migrant associations and providers.\nKeep the offer on one shared list that the providers update themselves.',
    },
    {
      title: 'Enough formal courses, open to everyone',
      rationale:
        'Classes lead to recognised levels and open the way to work and further study. They only reach people if there are enough places at low cost, and if times, places and childcare fit the lives of learners, including shift workers and people with little schooling.',
      guidingQuestions:
        'Are there waiting lists for courses, and for whom?\nAre there courses in the evening, at weekends, online and in the neighbourhoods?\nIs childcare offered, and are there courses for people who cannot yet read or write?',
      practicalTips:
        'Agree with providers on shared figures about waiting lists.\nUse libraries, schools and community centres for classes close to home.',
    },
    {
      title: 'One clear door to language learning',
      rationale:
        'Newcomers often do not know what exists or which course suits them. One information and guidance point, in several languages, that assesses the level and refers people to formal and informal options saves time for learners and providers alike.',
      guidingQuestions:
        'Where does a newcomer hear about language courses today?\nIs there a service that assesses the level and refers people to the right course?\nIs the information available in the main languages of newcomers?',
      practicalTips:
        'Train front-line staff of other services to refer people to the guidance point.\nPublish the offer in plain language and in the main community languages.',
    },
    {
      title: 'Support informal language learning through volunteering',
      rationale:
        'Volunteering holds great potential for language learning. Volunteers can reach migrants whom formal teaching does not reach or who have no place in a class, and can give very personal support. They can be language buddies or mentors, tutor small groups or assist in formal courses, and they bring the language into real life: drop-in conversation cafés, community centres, cooking clubs, social support in education and health.\nTo use this potential, a city can recruit language volunteers (also within wider volunteering campaigns), start a local network that coordinates the offers, tell people about informal learning opportunities, train volunteers together with volunteering and language organisations, and help organisations follow and improve learning outcomes.',
      guidingQuestions:
        'Do migrants in your city know about volunteering opportunities through which they can improve their language skills?\nDo volunteering initiatives make an effort to involve migrants?\nAre existing volunteering projects attractive to the migrants living in your city?\nHave you explored, together with volunteering initiatives, how they could support language learning?',
      practicalTips:
        'The Erasmus+ project VIME produced training modules and other material for language volunteers: a good basis to start from.\nBuild on activities people already enjoy, such as a choir or a cooking or sports club, and add language practice to them.',
      examples: [
        {
          title: 'EIL – European Integration Languages',
          description:
            'The project partners tried out "sociolinguistic workshops": language learning in informal settings such as a multicultural choir or cooking workshops.',
          link: 'https://epale.ec.europa.eu/en/blog/eil-european-integration-languages',
        },
        {
          title: 'Schaerbeek (Brussels): the CAMIM project',
          description:
            'After consulting migrants and migrant organisations, the municipality set up a volunteering platform with opportunities that let migrants improve their French.',
          link: 'http://www.via.brussels/projet-camim',
        },
      ],
    },
    {
      title: 'Language for work and daily life',
      rationale:
        "People learn faster when the language is tied to what they need: their job or training, their children's school, health care. Courses that combine language with vocational training or work placements, and employers who support learning at work, shorten the way into a job.",
      guidingQuestions:
        "Are there courses that combine language with job training or work experience?\nDo employers and job centres take part in language learning?\nCan parents learn through their children's schools or nurseries?",
      practicalTips:
        'Involve employers and unions in designing job-related courses.\nUse schools and health centres for short, practical language sessions.',
    },
    {
      title: 'Providers working together',
      rationale:
        'Many actors offer language learning: adult education, NGOs, volunteers, employers, sometimes national programmes. When the city brings them together, learners move smoothly from one offer to the next and scarce resources go where they are most needed.',
      guidingQuestions:
        'Do providers of formal and informal learning meet regularly?\nIs there an agreed way to refer learners from one offer to the next?\nWho in the city administration is responsible for language learning?',
      practicalTips:
        'Set up a local language-learning network with a light secretariat at the city.\nAgree on common descriptions of levels so that referrals are easy.',
    },
    {
      title: 'Follow progress and improve',
      rationale:
        'Knowing whether learners progress, drop out or find work helps to improve the offer and to argue for funding. Monitoring has to be simple enough for small and volunteer-run offers to take part.',
      guidingQuestions:
        'Do you know how many learners complete a course or reach the next level?\nAre learners asked about their experience?\nAre the results used to adjust the offer?',
      practicalTips:
        'Agree on a few shared indicators with the providers.\nGive volunteer organisations simple tools to record progress.',
    },
  ],
  contextFactors: [
    {
      title: 'National rules on integration courses',
      description:
        'Whether language courses are organised, funded or made compulsory at national level, and for whom.',
      implications:
        'Decides what the city has to offer itself, and where it can only add to national provision and connect to it.',
    },
    {
      title: 'Residence status and access to courses',
      description:
        'Some groups, such as asylum seekers, may have no right to publicly funded courses until their status is decided.',
      implications: 'Informal and volunteer-run learning may be the only option for them for a long time.',
    },
    {
      title: 'Who is responsible for adult education',
      description:
        'Adult education may be a regional or national competence, with budgets set outside the city.',
      implications: 'The role of the city may be to coordinate and to advocate rather than to fund.',
    },
    {
      title: 'Migration trends',
      description:
        'The number of arrivals, their languages and their educational background can change quickly.',
      implications: 'The offer has to be able to grow or shrink and to adapt to new groups of learners.',
    },
  ],
};
