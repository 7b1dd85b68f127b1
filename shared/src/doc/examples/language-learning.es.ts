import type { ExampleBenchmark } from './example-benchmark.js';

/** Punto de referencia de ejemplo «aprendizaje de idiomas», en español. Redactado a partir de la guía. */
export const LANGUAGE_LEARNING_ES: ExampleBenchmark = {
  theme: 'Aprendizaje de idiomas: aprender la lengua del país de acogida',
  introduction:
    'Cómo puede una ciudad ayudar a las personas recién llegadas a aprender la lengua local, en clase y en la vida diaria. Describe un ideal que ninguna ciudad cumple del todo: úselo para ver en qué es fuerte su ciudad, dónde están las carencias y en qué factores clave debe centrarse la mentoría.',
  keyFactors: [
    {
      title: 'Conocer la demanda y la oferta',
      rationale:
        'La planificación parte de una imagen clara de quién necesita aprender la lengua, a qué nivel y con qué limitaciones (trabajo, cuidado de hijos, alfabetización), y de los cursos y oportunidades informales que ya existen. Sin ella, las carencias y los solapamientos quedan ocultos.',
      guidingQuestions:
        '¿Sabe la ciudad cuántos residentes necesitan apoyo lingüístico y en qué niveles?\n¿Hay una visión actualizada de los cursos reglados y de las oportunidades informales en la ciudad?\n¿Se pregunta a las personas migrantes y a sus organizaciones qué les impide aprender?',
      practicalTips:
        'Combine las estadísticas con una encuesta breve a través de las asociaciones de migrantes y de los proveedores.\nMantenga la oferta en una lista común que actualicen los propios proveedores.',
    },
    {
      title: 'Suficientes cursos reglados, abiertos a todos',
      rationale:
        'Las clases llevan a niveles reconocidos y abren el camino al empleo y a otros estudios. Solo llegan a la gente si hay plazas suficientes a bajo coste y si los horarios, los lugares y el cuidado infantil se adaptan a la vida de quienes aprenden, incluidas las personas con turnos de trabajo o con poca escolarización.',
      guidingQuestions:
        '¿Hay listas de espera para los cursos? ¿Para quién?\n¿Hay cursos por la tarde, en fin de semana, en línea y en los barrios?\n¿Se ofrece cuidado infantil? ¿Hay cursos para quienes todavía no saben leer ni escribir?',
      practicalTips:
        'Acuerde con los proveedores cifras comunes sobre las listas de espera.\nUtilice bibliotecas, escuelas y centros comunitarios para ofrecer clases cerca de casa.',
    },
    {
      title: 'Una puerta de entrada clara al aprendizaje',
      rationale:
        'Las personas recién llegadas a menudo no saben qué existe ni qué curso les conviene. Un único punto de información y orientación, en varias lenguas, que evalúe el nivel y derive a opciones regladas y no regladas ahorra tiempo tanto a quienes aprenden como a los proveedores.',
      guidingQuestions:
        '¿Dónde se entera hoy una persona recién llegada de los cursos de idiomas?\n¿Hay un servicio que evalúe el nivel y derive al curso adecuado?\n¿Está la información disponible en las principales lenguas de las personas recién llegadas?',
      practicalTips:
        'Forme al personal de atención de otros servicios para que derive al punto de orientación.\nPublique la oferta en lenguaje claro y en las principales lenguas de las comunidades.',
    },
    {
      title: 'Apoyar el aprendizaje no reglado de idiomas a través del voluntariado',
      rationale:
        'El voluntariado tiene un gran potencial para el aprendizaje de idiomas. Puede llegar a migrantes a quienes no llega la enseñanza reglada o que no tienen plaza en un aula, y ofrecer un apoyo muy personal. Las personas voluntarias pueden ser compañeras o mentoras lingüísticas, dar tutorías a grupos pequeños o ayudar en cursos reglados, y llevan la lengua a la vida real: cafés de conversación sin cita previa, centros comunitarios, clubes de cocina, apoyo social en educación y salud.\nPara aprovechar este potencial, una ciudad puede captar voluntariado lingüístico (también dentro de campañas de voluntariado más amplias), crear una red local que coordine las ofertas, informar sobre las oportunidades de aprendizaje no reglado, formar al voluntariado junto con las organizaciones de voluntariado y de enseñanza de idiomas, y ayudar a las organizaciones a seguir y mejorar los resultados del aprendizaje.',
      guidingQuestions:
        '¿Conocen las personas migrantes de su ciudad las oportunidades de voluntariado con las que pueden mejorar su dominio de la lengua?\n¿Se esfuerzan las iniciativas de voluntariado por implicar a personas migrantes?\n¿Resultan atractivos los proyectos de voluntariado existentes para las personas migrantes que viven en su ciudad?\n¿Ha explorado, junto con las iniciativas de voluntariado, cómo podrían apoyar el aprendizaje de idiomas?',
      practicalTips:
        'El proyecto Erasmus+ VIME elaboró módulos de formación y otros materiales para voluntariado lingüístico: una buena base para empezar.\nParta de actividades que ya gustan, como un coro o un club de cocina o de deporte, y añádales práctica de la lengua.',
      examples: [
        {
          title: 'EIL – European Integration Languages',
          description:
            'Los socios del proyecto probaron «talleres sociolingüísticos»: aprendizaje de idiomas en entornos informales, como un coro multicultural o talleres de cocina.',
          link: 'https://epale.ec.europa.eu/en/blog/eil-european-integration-languages',
        },
        {
          title: 'Schaerbeek (Bruselas): el proyecto CAMIM',
          description:
            'Tras consultar a personas y organizaciones migrantes, el municipio creó una plataforma de voluntariado con oportunidades que permiten a las personas migrantes mejorar su francés.',
          link: 'http://www.via.brussels/projet-camim',
        },
      ],
    },
    {
      title: 'La lengua para el trabajo y la vida diaria',
      rationale:
        'Se aprende más rápido cuando la lengua está ligada a lo que se necesita: el empleo o la formación, la escuela de los hijos, la atención sanitaria. Los cursos que combinan lengua y formación profesional o prácticas, y las empresas que apoyan el aprendizaje en el trabajo, acortan el camino al empleo.',
      guidingQuestions:
        '¿Hay cursos que combinen la lengua con formación para el empleo o experiencia laboral?\n¿Participan las empresas y los servicios de empleo en el aprendizaje de la lengua?\n¿Pueden las familias aprender a través de las escuelas o escuelas infantiles de sus hijos?',
      practicalTips:
        'Implique a empresas y sindicatos en el diseño de cursos ligados al empleo.\nAproveche escuelas y centros de salud para sesiones de lengua breves y prácticas.',
    },
    {
      title: 'Proveedores que trabajan juntos',
      rationale:
        'Muchos actores ofrecen aprendizaje de idiomas: la educación de personas adultas, las ONG, el voluntariado, las empresas y, a veces, programas nacionales. Cuando la ciudad los reúne, quienes aprenden pasan sin tropiezos de una oferta a otra y los escasos recursos llegan donde más se necesitan.',
      guidingQuestions:
        '¿Se reúnen con regularidad los proveedores de aprendizaje reglado y no reglado?\n¿Hay una forma acordada de derivar a quienes aprenden de una oferta a la siguiente?\n¿Quién es responsable del aprendizaje de idiomas en la administración municipal?',
      practicalTips:
        'Cree una red local de aprendizaje de idiomas con una secretaría ligera en el ayuntamiento.\nAcuerde descripciones comunes de los niveles para facilitar las derivaciones.',
    },
    {
      title: 'Seguir los avances y mejorar',
      rationale:
        'Saber si quienes aprenden avanzan, abandonan o encuentran trabajo ayuda a mejorar la oferta y a defender su financiación. El seguimiento tiene que ser lo bastante sencillo para que participen también las ofertas pequeñas y las de voluntariado.',
      guidingQuestions:
        '¿Sabe cuántas personas terminan un curso o alcanzan el nivel siguiente?\n¿Se pregunta a quienes aprenden por su experiencia?\n¿Se usan los resultados para ajustar la oferta?',
      practicalTips:
        'Acuerde unos pocos indicadores comunes con los proveedores.\nFacilite a las organizaciones de voluntariado herramientas sencillas para registrar los avances.',
    },
  ],
  contextFactors: [
    {
      title: 'Normas nacionales sobre cursos de integración',
      description:
        'Si los cursos de idiomas se organizan, financian o son obligatorios a escala nacional, y para quién.',
      implications:
        'Determina qué tiene que ofrecer la propia ciudad y dónde solo puede complementar la oferta nacional y conectar con ella.',
    },
    {
      title: 'Situación administrativa y acceso a los cursos',
      description:
        'Algunos grupos, como las personas solicitantes de asilo, pueden no tener derecho a cursos con financiación pública hasta que se resuelva su situación.',
      implications:
        'El aprendizaje no reglado y el voluntariado pueden ser durante mucho tiempo su única opción.',
    },
    {
      title: 'Quién es responsable de la educación de personas adultas',
      description:
        'La educación de personas adultas puede ser competencia regional o nacional, con presupuestos fijados fuera de la ciudad.',
      implications: 'El papel de la ciudad puede ser coordinar e influir más que financiar.',
    },
    {
      title: 'Tendencias migratorias',
      description: 'El número de llegadas, sus lenguas y su nivel educativo pueden cambiar con rapidez.',
      implications:
        'La oferta tiene que poder crecer o reducirse y adaptarse a nuevos grupos de estudiantes.',
    },
  ],
};
