"""People and organisations found by rules: name shapes, lexicons, merging.

One real person or organisation is one entity: ``Zuckerberg`` joins ``Mark Zuckerberg``;
``OMPI`` joins ``Organisation Mondiale de la Propriété Intellectuelle`` (acronym and name);
a role apposition (``Zachary Arnold, directeur de l'analyse de l'équipe du CSET``) gives the
person a ``role`` and an ``affiliation``. Lexicons are module-level constants.

:class:`EntityBook` collects entities while a document is read and builds the frozen
:class:`~newsmodel.models.Person` and :class:`~newsmodel.models.Organization` values at the end,
with ids ``p1``, ``o1`` … in order of first mention.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections.abc import Callable, Container, Iterable, Iterator, Mapping
from dataclasses import dataclass, field

from newsmodel.models import Gender, Organization, OrganizationKind, Person

__all__ = [
    "INNER_PARTICLES",
    "STRONG_PARTICLES",
    "EntityBook",
    "OrgRecord",
    "PersonRecord",
    "acronym_matches",
    "body_after_noun",
    "gender_of_given_name",
    "head_kind",
    "is_acronym",
    "kind_word",
    "looks_like_name",
    "maker_of",
    "org_kind",
    "people_in_run",
    "plain_role",
    "role_affiliation",
    "split_role",
    "surname_forms",
]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _names(text: str) -> frozenset[str]:
    """Given names as written and without their accents (*josé* and *jose*): a name is often
    written without its accent, and :func:`gender_of_given_name` looks the folded form up."""
    words = text.split()
    folded = (
        "".join(c for c in unicodedata.normalize("NFKD", w) if not unicodedata.combining(c))
        for w in words
        if not w.isascii()
    )
    return frozenset(words).union(folded)


# --------------------------------------------------------------------------- lexicons

GIVEN_NAMES_FEMININE: frozenset[str] = _names(
    """
    anna anne annie alice amelia amy andrea angela angelika anita ann barbara beatrice birgit
    brigitte carla carmen caroline catherine cathy charlotte chelsea christine christina claire
    claudia cornelia daniela diana doris dorothy elena eleanor elisabeth elizabeth ellen emily
    emma eva franziska gabriele gisela hannah heike helen helene hillary ingrid irene isabel
    isabelle jane janet jennifer jessica joan julia julie karen karin katarina kate katharina
    katherine kathleen kelly laura lisa lucia luisa manuela margaret maria marie marine marion
    martha martina mary melania melanie michelle monika nancy natalie nathalie nicole olga
    patricia paula petra rachel renate rita ruth sabine sandra sara sarah silvia simone sophie
    stefanie susan susanne sylvie teresa ursula valerie valérie véronique victoria yvonne
    ségolène christiane françoise frédérique hélène mélanie élisabeth chantal dominique-marie
    ana beatriz lucía marta pilar rosa inês joana mariana giulia francesca chiara alessandra
    paola giorgia federica elisa kamala nikki condoleezza elizabeth huma kellyanne hope sonia
    jill michele sheryl gina ivanka tiffany marla ivana stormy madeleine nadine agnès
    anne-marie marie-france marie-claire kelly-ann megyn donna debbie
    graciela silvina cecilia cristina verónica adriana alejandra gabriela florencia rocío
    natalia lorena susana inés josefina yolanda valentina roberta fernanda juliana luciana
    renata raquel céline sandrine martine aurélie émilie élodie chloé zoé agnieszka
    małgorzata katarzyna joanna magdalena ewa beata dorota ирина ольга наталья елена анна
    мария татьяна светлана екатерина
    meghan megan ashley amanda stephanie heather melissa rebecca kimberly kristin kristen kristi
    kristina kristy tina deborah debra pamela pam sharon linda betty lauren brittany samantha
    kayla abigail olivia sophia isabella ava hailey haley brianna kaitlyn katie kathy kathryn
    courtney wendy stacy stacey lori laurie tammy tamara denise diane dianne janice judith judy
    joyce cheryl shirley marilyn evelyn theresa carol carolyn sheila brenda joanne vanessa erin
    erica erika alison allison alicia alyssa bethany beth bridget caitlin cassandra cindy
    colleen danielle eileen elaine ellie elise eliza fiona frances gail gemma georgina gillian
    harriet imogen jacqueline jeanne jenna jenny jessie jocelyn josephine julianne kara karla
    katelyn katy kelsey kendra kirsten kylie lara leah lillian lois loretta louise lucy lydia
    madeline mandy marcia marjorie marsha meredith michaela mildred molly monica naomi natasha
    nora paige penelope phyllis priscilla rhonda sally sylvia tanya tara tracey vicki vickie
    wanda yvette abby audrey brooke camila scarlett layla leila laila serena maeve niamh siobhan
    aoife sinead sinéad saoirse ciara orla róisín bronwyn rhiannon kirsty freya phoebe jemima
    philippa esther miriam deirdre anke annette antje bärbel bettina carina christa dagmar edith
    elke friederike gerda gertrud gudrun hannelore heidi helga hildegard ilse inge irmgard jana
    jutta katja kerstin lena liselotte lieselotte luise maren marlene marianne mareike nadja
    ramona silke sonja steffi svenja tanja ulrike ute uta waltraud wiebke annalena annegret
    johanna leonie hanna maja greta frieda amelie katrin kathrin sigrid rosemarie margarete
    margit annika anja verena veronika malu saskia gesine sahra beatrix annemarie alexandra
    manon juliette margaux mathilde pauline océane laetitia laëtitia delphine géraldine virginie
    karine corinne nadège muriel murielle josiane ginette monique colette odile mireille noémie
    agathe solène élise éloïse anaïs clotilde bérénice rachida najat marlène roselyne amélie
    geneviève bernadette jeannine josette huguette lucie margot anne-sophie marie-christine
    marie-hélène marie-laure marie-noëlle josefa nuria núria míriam marisol maribel valeria
    ximena jimena estefanía eugenia griselda leticia marcela viviana xiomara karina lidia
    liliana paulina julieta agustina begoña amaia ainhoa itziar leire nerea aitana ainara mónica
    noelia simona stefania antonella raffaella rossella ornella donatella emanuela gabriella
    graziella loredana patrizia tiziana ilaria camilla carlotta ludovica giovanna giuseppina
    concetta annalisa marisa mariella nadia noemi letizia alessia arianna debora eleonora enrica
    fabiola flavia gianna lorella marzia mirella nicoletta nunzia ottavia piera rosanna sabrina
    catarina leonor matilde francisca helena vânia tânia aline bruna débora eliane fabiana
    gisele jéssica larissa letícia luana priscila tatiana thaís viviane cristiane luiza luísa
    gleisi dilma krystyna elżbieta zofia danuta jadwiga halina irena janina grażyna bożena
    urszula aleksandra karolina justyna weronika zuzanna oliwia alicja iwona jolanta lucyna
    mirosława stanisława kinga izabela sylwia edyta ilona marzena patrycja dominika klaudia
    kamila anneke femke lotte anouk marieke mieke wilma henriëtte marjolein nienke sietske
    tineke mirjam hanneke jolanda maaike renske sanne lieke fenna birgitta ulla ulrika elin ebba
    frida freja linnea sofie mette inger gunhild solveig hanne tove lise malin margareta erna
    katrine marit ragnhild randi sissel trine turid vigdis åsa agneta ylva stina cecilie
    ingeborg sanna tuva ayşe fatma emine hatice zeynep elif meryem şerife zehra merve esra büşra
    özlem ebru sibel tuğba aylin dilek gamze yasemin hülya songül leyla selin ceren aslı pınar
    sevgi tülay canan filiz meral sevim irem beyza kübra sinem fatima fátima aisha aïcha aicha
    ayesha khadija maryam mariam zainab zeinab amina hana huda rania salma samira samia yasmin
    yasmine yasmina jamila nawal noura randa reem rasha rawan dina ghada heba lubna mona mouna
    nisreen nesrine nesrin safia souad suad wafa zahra zeina malika naima latifa karima samar
    sawsan manal marwa shaima shaimaa yara rahma hiba peggy patty cynthia candace gwen gwyneth
    rachael shelley jodie jodi trisha tricia kimberley mariah beyoncé rihanna adele adèle oprah
    britney selena ariana melinda rosalind rosalynn edna ethel thelma liz betsy tulsi gretchen
    susie suzanne jeanine janine kyrsten maxine ayanna rashida
    """
)
"""Lower-cased given names read as feminine (as written and without accents: *Maria*,
*Jose* are as often written so): the common ones of English-speaking countries, the German-
and French-speaking ones, Spain and Latin America, Italy, Portugal and Brazil, Poland, the
Netherlands, Scandinavia, Turkey and the Arabic-speaking world, in their usual Latin
spellings. A name that is also a common word or a frequent capitalised non-name in news in
English, German, French, Spanish, Italian or Portuguese is left out (*Grace*, *Summer*,
*Dolores*, *Luz*, *Sofía* the city, *Léa* that folds to Spanish *lea*), and so is a name given
to both sexes (*Dominique*, *Camille*, *Kim*)."""

GIVEN_NAMES_MASCULINE: frozenset[str] = _names(
    """
    raúl ramón jesús ángel óscar rubén sebastián andrés joaquín julián nicolás iñaki álvaro
    gonzalo diego alejandro gustavo guillermo eduardo enrique rodrigo federico hernán néstor
    aníbal esteban mauricio osvaldo héctor ignacio agustín matías tomás felipe stefano
    massimo gianni luigi vincenzo salvatore paulo rui nuno tiago duarte gonçalo sérgio
    antónio sébastien jérôme stéphane rémi théo raphaël benoît clément étienne olivier piotr
    paweł tomasz krzysztof andrzej jarosław władysław grzegorz иван сергей владимир дмитрий
    алексей андрей николай михаил александр
    adam alan albert alex alexander alexandre andreas andrew andré anthony antoine antonio arnaud
    barack ben benjamin bernard bernd bernhard bill bob boris brian bruno carl carlos charles
    chris christian christoph christophe christopher daniel david dennis dieter donald edward
    emmanuel eric erik ernst felix francis francisco frank françois frédéric gary george georg
    gerhard gilles günter hans harald heinz helmut henri henry hermann horst ian jack jacques
    james jan jean jeff jeffrey jens jim joachim joe joel johannes john jonathan jordi jorge
    josé joseph juan jürgen karl kevin klaus konrad kurt lars laurent lionel louis luis lukas
    manuel marc marcel marco mario mark markus martin matthew matthias max michael michel mike
    mitt nicolas norbert olaf oliver pascal patrick paul pedro peter philip philipp philippe
    pierre rainer ralf ralph raymond richard robert roger roland rudolf sam samuel sebastian
    sergei sergey stefan stephan stephen steve steven sven thomas tim timothy tobias tom tony
    uwe vincent vladimir volker walter werner wilhelm william wolfgang xavier yves zachary
    gerard gérard jean-luc jean-pierre jean-marc jean-claude jean-yves jean-louis ted marco
    mike rand chris newt reince corey kellyanne paul lindsey jeb ben rudy rudolph rudolf
    mitch harry chuck joe tim bernie martin-luther ted eric hunter beau rex gavin greg
    sean sergio giuseppe giovanni luca matteo alessandro francesco lorenzo roberto paolo
    joão miguel pablo sánchez manuel rafael fernando ricardo alberto javier emmanuel olaf
    friedrich heiko horst armin markus hubertus peer sigmar guido cem christian filep corny
    uwe konrad abdullah ahmed ali mohammed muhammad omar hassan hussein xi li wang zhang
    kenneth joshua ronald jason ryan jacob nicholas larry justin scott brandon gregory jerry
    tyler aaron nathan kyle harold keith gerald jesse dylan bryan billy bruce willie gabriel
     roy randy russell elijah bobby johnny ethan noah jeremy arthur dale darren derek duane
    dwight edwin floyd fred glenn gordon harvey herbert isaac ivan jake jared jay jeffery
    jimmy jon josh ken kenny leonard leroy lonnie luke marcus marvin matt maurice melvin micah
     nathaniel neil nick owen randall rick ricky rob robbie rodney ron ronnie stuart
    terrence todd trevor vernon victor víctor wesley zach brad bradley cody colin
    connor craig curtis derrick dustin eddie elliot elliott evan garrett geoffrey hugh
    jonah kieran liam malcolm phil quentin reginald rory rupert simon spencer toby tristan wyatt
    barry clive desmond dominic duncan gareth gregg hamish keir lewis niall rhys rishi seamus
    shaun vince conor eoin pádraig padraig ciaran ciarán declan fergus aidan brendan callum
    cameron euan ewan alistair alasdair alastair jayden lucas isaiah josiah caleb ezra landon
    aiden barney hank clint dwayne marlon darnell jamal kareem rashad jörg manfred reinhard rolf
    rüdiger thorsten torsten udo ulrich axel bastian benedikt björn carsten detlef dirk eckart
    egon erich florian fritz gunnar hartmut heinrich hendrik holger hubert ingo jochen johann
    jonas kaspar kilian knut lothar ludwig lutz malte marius moritz niklas nils otto reiner
    sascha siegfried steffen timo ulf wilfried winfried berthold claus franz gottfried gregor
    gustav hannes jakob josef leopold maximilian mathias gerd gert ole fabian elias emil anton
    oskar karl-heinz hans-peter hans-jürgen klaus-peter hans-georg franz-josef karl-theodor
    ferdinand konstantin valentin urs reto ueli adrian günther alain thierry julien didier
    franck guillaume hervé maxime romain mathieu matthieu fabrice jean-paul jean-michel
    jean-françois jean-jacques jean-baptiste jean-noël jean-marie jean-christophe jean-philippe
    jean-charles rené jules léo enzo mathis baptiste jérémy cédric sylvain yannick ludovic
    fabien grégory damien gaël loïc hugues édouard bertrand lucien gaston gilbert joël serge
    thibault thibaut régis patrice aymeric yann mickaël mikaël ghislain aurélien adrien bastien
    dimitri jaime marcos alfonso emilio mariano cristian arturo ismael gregorio leonardo mateo
    emiliano benjamín thiago santino leandro facundo ezequiel gastón horacio rodolfo rogelio
    ernesto armando fidel camilo humberto evo cristóbal lautaro valentín maximiliano ulises
    octavio patricio rigoberto rolando teodoro tobías aitor iker unai asier gorka mikel koldo
    iñigo borja josep lluís carles oriol arnau adrián iván vicente angelo carlo domenico giorgio
    aldo giuliano renato davide fabio claudio maurizio enrico emanuele daniele filippo tommaso
    edoardo mattia gianluca gianluigi gianfranco giancarlo pierluigi piero raffaele rocco silvio
    sandro umberto valerio vittorio alfredo attilio carmelo cesare corrado cristiano dario dino
    elio ettore fausto ferdinando flavio gaetano giacomo gino graziano ignazio luciano marcello
    mauro mirko orazio ottavio pasquale patrizio renzo sebastiano tiziano tullio ugo vito giulio
    beppe antônio luiz marcelo raimundo fábio diogo henrique afonso rogério jair gilberto
    geraldo aécio ciro flávio guilherme hélio heitor igor joaquim márcio marcio maurício murilo
    otávio renan rubens sílvio vinícius edson davi bernardo matheus mateus caio vitor ronaldo
    michał marcin józef łukasz zbigniew jerzy tadeusz mariusz dariusz mateusz wojciech marek
    ryszard kazimierz henryk stanisław rafał jacek sławomir kamil maciej artur dawid damian
    janusz czesław jakub szymon przemysław radosław bartosz bogdan waldemar leszek zdzisław
    mirosław bronisław lech wiesław witold zygmunt bolesław eugeniusz jędrzej karol krystian
    patryk remigiusz wacław wiktor pieter cornelis willem gerrit jacobus klaas kees henk wim
    geert joost bart ruud frans gijs jeroen joris koen maarten martijn niels sander sjoerd thijs
    wouter arjen bram daan diederik floris frits guus jaap jelle johan lodewijk luuk mathijs
    menno michiel pim remco rutger stijn wopke jorrit mikael mats magnus henrik olof bengt göran
    fredrik jørgen kjell leif morten rasmus søren torben trond kristian kasper mads mikkel poul
    svend frederik bjørn espen geir håkon ingvar jostein stig sigurd vidar arne åke lennart
    stellan torbjörn ulrik viktor jimmie mehmet mustafa ahmet hüseyin ismail osman yusuf murat
    ömer halil süleyman mahmut recep kemal salih orhan fatih emre burak mert serkan selim tayyip
    bülent ekrem hakan tolga uğur volkan cengiz enes erkan erdem ercan erol gökhan ilker levent
    metin necati nihat onur ozan özgür sinan soner taner tarık turgut umut yasin yiğit kadir
    kerem cüneyt barış muharrem nurettin sedat tuncay zeki ertuğrul selahattin binali mohamed
    mohammad mohamad ahmad umar hasan husain hussain hossein mahmoud mahmud khaled khalid
    abdallah abdel abdul abdelaziz abdulaziz abdelkader abdelfattah abdulrahman abderrahmane
    ibrahim youssef yousef mostafa moustafa karim tarek tariq tarik walid waleed saad saeed sami
    samir nabil nasser naser hamza hamid hamed hatem hazem hisham hicham imad issa jamil kamal
    kamel majid majed marwan mazen mounir munir murad mourad nader osama usama oussama qasim
    qassem rachid rashid rami sabri salah saleh salim taha tamer tamim wael wassim yahya yasser
    yassin zaid zayed zakaria ziad ayman adil amr anwar ashraf ayoub bassam bilal fadi fahd
    faisal farid fawzi fouad ghassan haidar haider haitham hamdan idris ihab jaber jalal jawad
    khalil maher mansour mansur mohsen moussa musa nadim nawaf nizar nouri nuri othman qais
    rafik rafiq raed sadiq salman samer suleiman sulaiman talal tawfik tawfiq yazid younes
    younis yunus zuhair hosni mehdi mahdi driss noureddine lotfi moncef mokhtar bachir bashir
    bashar hafez jaafar hadi muqtada moqtada elon tucker lyndon theodore clarence
     merrick hakeem pete dave andy danny tommy joey teddy sammy benny lenny gerry donnie
    archie alfie ollie nigel neville antony cory sherrod
    """
)
"""Lower-cased given names read as masculine, from the same countries and left out on the same
grounds as :data:`GIVEN_NAMES_FEMININE` (*Will*, *Santiago*, *Julio*, *Said*, *Anders* that
opens a German sentence, *Brent* the crude oil, *Eli* of Eli Lilly, *Charlie* of Charlie
Hebdo, *Travis* and *Howard* more often a county or a university than a man, *Warren* and
*Graham* more often a surname standing alone, as *Warren* for Elizabeth Warren)."""

TITLES: Mapping[str, Gender] = {
    "m.": Gender.MASCULINE,
    "mr": Gender.MASCULINE,
    "mr.": Gender.MASCULINE,
    "herr": Gender.MASCULINE,
    "sr.": Gender.MASCULINE,
    "sig.": Gender.MASCULINE,
    "monsieur": Gender.MASCULINE,
    "mme": Gender.FEMININE,
    "mme.": Gender.FEMININE,
    "madame": Gender.FEMININE,
    "mlle": Gender.FEMININE,
    "mrs": Gender.FEMININE,
    "mrs.": Gender.FEMININE,
    "ms": Gender.FEMININE,
    "ms.": Gender.FEMININE,
    "frau": Gender.FEMININE,
    "sra.": Gender.FEMININE,
    "sig.ra": Gender.FEMININE,
    "dr": Gender.UNKNOWN,
    "dr.": Gender.UNKNOWN,
    "prof.": Gender.UNKNOWN,
    "gov.": Gender.UNKNOWN,
    "sen.": Gender.UNKNOWN,
    "rep.": Gender.UNKNOWN,
    "gen.": Gender.UNKNOWN,
    "pr": Gender.UNKNOWN,
    "me": Gender.UNKNOWN,
}
"""Titles printed before a name (removed from the name), with the gender they mark."""

ROLE_NOUNS: frozenset[str] = _words(
    """
    spokesman spokeswoman spokesperson porte-parole sprecher sprecherin portavoz portavoce
    porta-voz minister ministre ministerin ministro ministra director directeur directrice
    direktor direktorin directora direttore direttrice diretor diretora president président
    présidente präsident präsidentin presidente ceo pdg vorstandschef chef cheffe analyst
    analyste analystin analista coach entraîneur trainer entrenador allenatore treinador
    responsable head leader chief secretary secrétaire sekretär secretario segretario
    senator sénateur senatorin governor gouverneur gouverneure mayor maire bürgermeister
    alcalde sindaco prefeito founder fondateur fondatrice gründer gründerin fundador
    professor professeur professeure chercheur chercheuse researcher forscher forscherin
    expert experte economist économiste ökonom economista manager chairman chairwoman chair
    member membre mitglied miembro membro officer official fonctionnaire adviser advisor
    conseiller conseillère berater beraterin asesor consigliere conselheiro executive
    candidate candidat candidate kandidat kandidatin candidato nominee ambassador
    ambassadeur botschafter embajador ambasciatore embaixador attorney lawyer avocat
    avocate anwalt anwältin abogado avvocato advogado judge juge richter juez giudice juiz
    vice-president vice-président vizepräsident vicepresidente commissioner commissaire
    kommissar comisario commissario general général général commander commandant
    prosecutor procureur staatsanwalt fiscal procuratore procurador doctor docteur arzt
    médico medico sheriff chancellor chancelier kanzler kanzlerin canciller cancelliere
    chanceler premier prime premier-ministre rapporteur deputy député députée abgeordneter
    abgeordnete diputado deputato deputado representative congressman congresswoman
    strategist stratège pollster manager campaign operative aide collaborateur councilor
    councillor councilman councilwoman administrator taoiseach tánaiste detective sergeant
    constable lieutenant colonel
    collaboratrice directeur-général secretary-general secrétaire-général generalsekretär
    gründer leiter leiterin vorsitzender vorsitzende vorstand geschäftsführer
    geschäftsführerin sprecher correspondent correspondant
    """
)
"""Lower-cased nouns that head a role (``directeur``, ``spokesman``, ``Sprecher``)."""

ROLE_SUFFIXES: tuple[str, ...] = (
    "chef",
    "chefin",
    "sprecher",
    "sprecherin",
    "minister",
    "ministerin",
    "präsident",
    "präsidentin",
    "vorsitzende",
    "vorsitzender",
    "direktor",
    "direktorin",
    "leiter",
    "leiterin",
    "experte",
    "expertin",
    "funktionär",
    "abgeordnete",
    "abgeordneter",
    "analyst",
    "analystin",
    "manager",
    "managerin",
    "sekretär",
    "sekretärin",
    "berater",
    "beraterin",
    "vorstand",
    "trainer",
    "trainerin",
    "kommissar",
    "kommissarin",
    "politiker",
    "politikerin",
    "vorsitzenden",
    "geschäftsführer",
    "geschäftsführerin",
    "kanzler",
    "kanzlerin",
)
"""Endings of German compound role nouns (``Vereinschef``, ``CSET-Analysechef``,
``CDU-Bildungspolitiker``, ``SPD-Parteivorsitzenden``)."""

ORG_WORDS: Mapping[OrganizationKind, frozenset[str]] = {
    OrganizationKind.RESEARCH: _words(
        """
        university université universität universidad università universidade institute
        institut instituto istituto center centre zentrum centro laboratory laboratoire
        labor academy académie akademie academia college school école hochschule
        foundation fondation stiftung fundación fondazione fundação think-tank observatoire
        observatory council conseil forschungsinstitut cnrs inserm cset
        """
    ),
    OrganizationKind.GOVERNMENT: _words(
        """
        ministry ministère ministerium ministerio ministero ministério department département
        government gouvernement regierung gobierno governo parliament parlement parlament
        congress congrès senate sénat senat bundestag bundesrat commission kommission
        comisión commissione comissão agency agence behörde agencia agenzia agência
        police polizei policía polizia polícia army armée armee ejército esercito exército
        court tribunal gericht gerichtshof cour corte supremo office bureau amt staatsanwaltschaft
        nations unies organisation organization organización organizzazione
        organização union unión unione união cabinet kabinett white elysée élysée kremlin
        pentagon fbi cia nsa nasa who oms ompi wipo un onu eu ue nato otan imf fmi
        administration council fed bundesregierung bundesamt landesregierung stadt city
        ville town municipality mairie state état
        """
    ),
    OrganizationKind.COMPANY: _words(
        """
        inc inc. corp corp. corporation company compagnie société group groupe gruppe grupo
        gruppo ag gmbh sa s.a. spa s.p.a. ltd ltd. llc plc bank banque banco holding
        holdings motors airlines airline technologies industries konzern
        """
    ),
    OrganizationKind.PUBLISHER: _words(
        """
        times post journal news zeitung tribune gazette herald telegraph guardian
        monde figaro libération spiegel presse press radio tv television télévision
        fernsehen broadcasting network magazine daily chronicle observer review
        """
    ),
    OrganizationKind.OTHER: _words(
        """
        party parti partei partido partito association verband federation fédération
        verein club union gewerkschaft syndicat sindicato sindacato league ligue liga
        committee comité komitee watch amnesty greenpeace church église kirche campaign
        """
    ),
}
"""Words inside a name that make it an organisation, by kind."""

KNOWN_ORGANIZATIONS: Mapping[str, OrganizationKind] = {
    "meta": OrganizationKind.COMPANY,
    "facebook": OrganizationKind.COMPANY,
    "google": OrganizationKind.COMPANY,
    "alphabet": OrganizationKind.COMPANY,
    "openai": OrganizationKind.COMPANY,
    "microsoft": OrganizationKind.COMPANY,
    "apple": OrganizationKind.COMPANY,
    "amazon": OrganizationKind.COMPANY,
    "nvidia": OrganizationKind.COMPANY,
    "huawei": OrganizationKind.COMPANY,
    "alibaba": OrganizationKind.COMPANY,
    "alibaba cloud": OrganizationKind.COMPANY,
    "tencent": OrganizationKind.COMPANY,
    "baidu": OrganizationKind.COMPANY,
    "tesla": OrganizationKind.COMPANY,
    "twitter": OrganizationKind.COMPANY,
    "samsung": OrganizationKind.COMPANY,
    "siemens": OrganizationKind.COMPANY,
    "volkswagen": OrganizationKind.COMPANY,
    "deutsche bank": OrganizationKind.COMPANY,
    "bloomberg": OrganizationKind.NEWS_AGENCY,
    "reuters": OrganizationKind.NEWS_AGENCY,
    "afp": OrganizationKind.NEWS_AGENCY,
    "ap": OrganizationKind.NEWS_AGENCY,
    "dpa": OrganizationKind.NEWS_AGENCY,
    "efe": OrganizationKind.NEWS_AGENCY,
    "ansa": OrganizationKind.NEWS_AGENCY,
    "lusa": OrganizationKind.NEWS_AGENCY,
    "xinhua": OrganizationKind.NEWS_AGENCY,
    "bbc": OrganizationKind.PUBLISHER,
    "cnn": OrganizationKind.PUBLISHER,
    "fox news": OrganizationKind.PUBLISHER,
    "msnbc": OrganizationKind.PUBLISHER,
    "nbc": OrganizationKind.PUBLISHER,
    "abc": OrganizationKind.PUBLISHER,
    "cbs": OrganizationKind.PUBLISHER,
    "politico": OrganizationKind.PUBLISHER,
    "breitbart": OrganizationKind.PUBLISHER,
    "le monde": OrganizationKind.PUBLISHER,
    "le figaro": OrganizationKind.PUBLISHER,
    "bfmtv": OrganizationKind.PUBLISHER,
    "france inter": OrganizationKind.PUBLISHER,
    "rtl": OrganizationKind.PUBLISHER,
    "the new york times": OrganizationKind.PUBLISHER,
    "new york times": OrganizationKind.PUBLISHER,
    "the washington post": OrganizationKind.PUBLISHER,
    "washington post": OrganizationKind.PUBLISHER,
    "the new york post": OrganizationKind.PUBLISHER,
    "usa today": OrganizationKind.PUBLISHER,
    "observer.com": OrganizationKind.PUBLISHER,
    "human rights watch": OrganizationKind.OTHER,
    "amnesty international": OrganizationKind.OTHER,
    "greenpeace": OrganizationKind.OTHER,
    "nato": OrganizationKind.GOVERNMENT,
    "otan": OrganizationKind.GOVERNMENT,
    "onu": OrganizationKind.GOVERNMENT,
    "un": OrganizationKind.GOVERNMENT,
    "ompi": OrganizationKind.GOVERNMENT,
    "wipo": OrganizationKind.GOVERNMENT,
    "fbi": OrganizationKind.GOVERNMENT,
    "cia": OrganizationKind.GOVERNMENT,
    "nasa": OrganizationKind.GOVERNMENT,
    "pentagon": OrganizationKind.GOVERNMENT,
    "kremlin": OrganizationKind.GOVERNMENT,
    "white house": OrganizationKind.GOVERNMENT,
    "nations unies": OrganizationKind.GOVERNMENT,
    "united nations": OrganizationKind.GOVERNMENT,
    # ``United`` alone says nothing: ``Manchester United`` is a club, ``United Airlines`` a company.
    "united states": OrganizationKind.GOVERNMENT,
    "united states of america": OrganizationKind.GOVERNMENT,
    "united kingdom": OrganizationKind.GOVERNMENT,
    "spd": OrganizationKind.OTHER,
    "cdu": OrganizationKind.OTHER,
    "csu": OrganizationKind.OTHER,
    "fdp": OrganizationKind.OTHER,
    "gop": OrganizationKind.OTHER,
}
"""A small gazetteer of organisations news names without a telling word (lower-cased)."""

LEADING_ARTICLES: frozenset[str] = _words(
    "the a an le la les l' l’ un une der die das den dem des ein eine einer einem el los las "
    "lo il i gli o os as um uma du de del della"
)
"""Articles removed from the front of a name."""

NAME_CONNECTORS: frozenset[str] = _words(
    "de du des la le l' l’ d' d’ of for the and et pour und für von vom der des y e di del "
    "della do da dos das van von zu al el bin ibn &"
)
"""Lower-case words allowed inside an organisation's or a person's name."""

INNER_PARTICLES: frozenset[str] = _words(
    "de du des la le van von der den ter zu del della di da do dos das"
)
"""Particles inside a person's name, between a capitalised given name and a capitalised
surname (``Bruno Le Maire``, ``Frans van der Berg``, ``Ursula von der Leyen``,
``Karl-Theodor zu Guttenberg``, ``Ana del Río``, ``Maria della Valle``, ``Maria da Silva``,
``João dos Santos``): the surname that later mentions give is the particles and the last
word (``Le Maire``, ``van der Berg``)."""

STRONG_PARTICLES: frozenset[str] = _words("van von der den ter zu del della dos")
"""The particles of :data:`INNER_PARTICLES` that are seldom a preposition before a place or
an organisation after a name (``da``, ``de``, ``di`` are: ``Renzi da Roma``)."""

_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽА-ЯЁ"
_CAP_WORD = rf"[{_UPPER}][\w'’&-]*(?:\.(?=\w)[\w'’&-]*(?:\.(?=\w)[\w'’&-]*)*|)"
"""A capitalised word (``U.S.`` too). Its inner periods are read by a choice whose first
branch starts with the period: ``re`` sets up a repeated group before it fails, but skips at
once a branch whose first character differs (one word in hundreds holds a period)."""
CAPITALIZED_RUN: re.Pattern[str] = re.compile(
    rf"{_CAP_WORD}(?:\s+(?:(?:de|du|des|la|von|van|der|den|di|da|del|do|dos|y|bin|al|el|zu|"
    rf"of|for|pour|für|l['’]|d['’])\s*)*{_CAP_WORD})*+"
)
"""A run of capitalised words, with the particles names hold (``Organisation Mondiale de la
Propriété Intellectuelle``). The last repetition is possessive (nothing follows it to give
words back for), which spares ``re`` its backtracking records. Same matches as the plain
pattern, a tenth less work (66M -> 59M instructions over PolNeAR's paragraphs)."""

NAME_WITH_ACRONYM: re.Pattern[str] = re.compile(
    rf"(?P<name>{_CAP_WORD}(?:\s+(?:[\w'’.&-]+|l['’]\w+|d['’]\w+)){{0,9}}?)\s*\(\s*"
    rf"(?P<acr>[{_UPPER}][{_UPPER}0-9&.-]{{1,11}})\s*\)"
)
"""``Name (ACRONYM)``: an organisation's name followed by its acronym."""

_TOKEN = re.compile(r"[\w'’.&-]+")
_RUN_WORD = re.compile(r"\S+")
_ACRONYM = re.compile(rf"^[{_UPPER}][{_UPPER}0-9&.-]{{1,11}}$")
_ELISION = re.compile(r"^(?:l|d)['’](?=\w)", re.IGNORECASE)


@functools.lru_cache(maxsize=16384)
def is_acronym(token: str) -> bool:
    """True for ``OMPI``, ``CSET``, ``U.S.``: two or more capitals, nothing lower case."""
    return bool(_ACRONYM.match(token)) and sum(c.isupper() for c in token) >= 2


_COMMON_COMBINING = re.compile("[\u0300-\u034e\u0350-\u036f]")
"""The combining diacritics of Latin, Greek and Cyrillic letters (U+034F, a joiner, is not
one)."""


@functools.lru_cache(maxsize=65536)
def _fold(text: str) -> str:
    if text.isascii():
        return text.casefold()
    text = _COMMON_COMBINING.sub("", unicodedata.normalize("NFKD", text))
    if text.isascii():
        return text.casefold()
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


@functools.lru_cache(maxsize=65536)
def normalize_name(text: str) -> str:
    """The name as a lookup key: case- and accent-folded, leading articles removed."""
    words = _TOKEN.findall(text.replace("’", "'"))
    while words and (_fold(words[0]) in LEADING_ARTICLES):
        words = words[1:]
    if words:
        words[0] = _ELISION.sub("", words[0])
    return " ".join(_fold(w).strip(".") for w in words if w)


@functools.lru_cache(maxsize=16384)
def acronym_matches(acronym: str, name: str) -> bool:
    """True when ``acronym`` is built from the initials of ``name``'s words (in order, or in
    any order for a translated acronym such as ``CSET`` beside a French name)."""
    letters = [c for c in _fold(acronym) if c.isalpha()]
    words = [
        _ELISION.sub("", w)
        for w in _TOKEN.findall(name.replace("’", "'"))
        if _fold(_ELISION.sub("", w)) not in NAME_CONNECTORS
    ]
    initials = [_fold(w)[0] for w in words if w]
    if not letters or not initials:
        return False
    if "".join(initials) == "".join(letters):
        return True
    if initials[0] != letters[0]:
        return False
    pool = list(initials)
    for letter in letters:
        if letter not in pool:
            return False
        pool.remove(letter)
    return True


_ORG_WORDS_FOLDED: Mapping[OrganizationKind, frozenset[str]] = {
    kind: frozenset(_fold(w) for w in words) for kind, words in ORG_WORDS.items()
}
_ORG_KIND_ORDER: tuple[OrganizationKind, ...] = (
    OrganizationKind.GOVERNMENT,
    OrganizationKind.RESEARCH,
    OrganizationKind.COMPANY,
    OrganizationKind.PUBLISHER,
    OrganizationKind.OTHER,
)
"""Which kind a name gets when its words belong to several vocabularies (first wins)."""
_ORG_WORD_RANK: Mapping[str, int] = {
    word: rank
    for rank, kind in reversed(list(enumerate(_ORG_KIND_ORDER)))
    for word in _ORG_WORDS_FOLDED[kind]
}
"""Each folded word of :data:`ORG_WORDS` with the rank in :data:`_ORG_KIND_ORDER` of the
first kind it names: one lookup per word instead of one per word and kind."""
_KNOWN_FOLDED: Mapping[str, OrganizationKind] = {
    _fold(k): v for k, v in KNOWN_ORGANIZATIONS.items()
}
_ROLE_FOLDED: frozenset[str] = frozenset(_fold(w) for w in ROLE_NOUNS)
_ROLE_SUFFIXES_FOLDED: tuple[str, ...] = tuple(sorted({_fold(w) for w in ROLE_SUFFIXES}))
"""The endings of :data:`ROLE_SUFFIXES` as :func:`is_role_word` compares them (its word is
folded: ``BWE-Präsident`` ends with ``prasident``)."""
_CUT_PARTICLES: frozenset[str] = frozenset(
    _fold(w) for w in _words("des der von vom für of for pour de du di da del do dos")
)
"""The particles between a noun and the body it belongs to (``Missstände der
Staatsanwaltschaft``, ``Schätzungen von Amnesty International``, ``Secretary of State``)."""
_ORG_SUFFIXES: tuple[str, ...] = tuple(
    sorted(w for w in _ORG_WORD_RANK if len(w) >= 6 and w.isalpha() and w != "school")
)
"""Organisation words long enough to end a German compound that names the same kind of body
(``Bundesministerium``, ``Feuerwehrverband``, ``Forschungszentrum``)."""
_ROLE_OBJECT_PARTICLES: frozenset[str] = frozenset(_fold(w) for w in _words("for of to für de"))
"""The words a job ends with before what it is the job of (``Attorney for``, ``ambassador
to``)."""
_INFLECTIONS: tuple[str, ...] = ("es", "s", "en", "n")
"""German case endings of a noun (``Bundesamtes``, ``Zentrums``, ``Verbandes``)."""


def gender_of_given_name(name: str) -> Gender:
    """The gender a given name (the first word of ``name``) usually marks."""
    words = name.split()
    if not words:
        return Gender.UNKNOWN
    first = _fold(words[0])
    if first in TITLES:
        return TITLES[first]
    if first in GIVEN_NAMES_FEMININE:
        return Gender.FEMININE
    if first in GIVEN_NAMES_MASCULINE:
        return Gender.MASCULINE
    return Gender.UNKNOWN


@functools.lru_cache(maxsize=16384)
def org_kind(name: str) -> OrganizationKind | None:
    """The kind of organisation ``name`` names, or ``None`` when nothing says it is one."""
    key = normalize_name(name)
    if key in _KNOWN_FOLDED:
        return _KNOWN_FOLDED[key]
    words = key.replace("-", " ").split()
    if len(words) == 1 and not is_acronym(name.strip()):
        return None  # a lone "Centre" or "Ministry" names no one organisation
    ranks = [_ORG_WORD_RANK[w] for w in words if w in _ORG_WORD_RANK]
    if len(set(ranks)) > 1:
        # Words of several kinds: the name's head gives it, the last such word before any
        # particle (``American Farm Bureau Federation``, ``City University of New York``),
        # save a committee, which is of the body it names (``Senate Judiciary Committee``).
        for word in reversed(words[: _first_particle(words)]):
            rank = _ORG_WORD_RANK.get(word)
            if rank is not None and word not in _SUB_BODIES:
                return _ORG_KIND_ORDER[rank]
    if ranks:
        return _ORG_KIND_ORDER[min(ranks)]
    if len(words) > 1 and words[0] in _KNOWN_FOLDED:
        return _KNOWN_FOLDED[words[0]]
    return None


@functools.lru_cache(maxsize=16384)
def maker_of(name: str) -> str | None:
    """The company whose product ``name`` names: its first word when that is a known company
    and no other word names a body (``Apple`` of ``Apple Airpods``, ``Google`` of ``Google
    Maps Latitude``); ``None`` otherwise."""
    first, _, rest = name.partition(" ")
    if not rest or _KNOWN_FOLDED.get(_fold(first)) is not OrganizationKind.COMPANY:
        return None
    key = normalize_name(name)
    if key in _KNOWN_FOLDED or any(w in _ORG_WORD_RANK or is_role_word(w) for w in key.split()[1:]):
        return None  # "Deutsche Bank", "Apple Inc.", "Google News", "Meta spokesperson Tolan"
    return first


_SUB_BODIES: frozenset[str] = frozenset(_fold(w) for w in _words("committee comité komitee"))
"""Heads of a body that belongs to another (``Senate Judiciary Committee``): the other's kind
is the name's."""


def _first_particle(words: list[str]) -> int:
    """The index of the first particle of folded ``words`` (their count when none)."""
    return next((k for k, word in enumerate(words) if word in _CUT_PARTICLES), len(words))


def kind_word(word: str) -> OrganizationKind | None:
    """The kind of organisation one word names as a common noun (``Police``, ``Polizei``,
    ``Regierung``, ``Gericht``), or ``None``: such a word in a speaker's place is the body
    the story is about speaking, though it names no one organisation."""
    rank = _ORG_WORD_RANK.get(normalize_name(word))
    return _ORG_KIND_ORDER[rank] if rank is not None else None


def _head_rank(part: str) -> int | None:
    """The rank in :data:`_ORG_KIND_ORDER` of the kind one folded word names as a body's
    head: a word of :data:`ORG_WORDS`, in a case form (``bundesamtes``) or ending a compound
    (``feuerwehrverbandes``, ``forschungszentrum``)."""
    rank = _ORG_WORD_RANK.get(part)
    if rank is not None:
        return rank
    for stem in (part, *(part[: -len(e)] for e in _INFLECTIONS if part.endswith(e))):
        if stem in _ORG_WORD_RANK:
            return _ORG_WORD_RANK[stem]
        if stem.endswith(_ORG_SUFFIXES):
            return min(r for w, r in _ORG_WORD_RANK.items() if len(w) >= 6 and stem.endswith(w))
    return None


def _org_head_word(word: str) -> bool:
    """Whether one word of a name is an organisation's head (see :func:`_head_rank`), a known
    organisation or an acronym (``BUND``, ``EU-Kommission``)."""
    if is_acronym(word):
        return True
    return any(
        part in _KNOWN_FOLDED or _head_rank(part) is not None for part in _fold(word).split("-")
    )


def head_kind(name: str) -> OrganizationKind | None:
    """The kind the head words of an organisation's name give when :func:`org_kind` finds no
    word of :data:`ORG_WORDS` as written: German case forms and compounds (``Europäischen
    Zentrums für Prävention`` is research, ``Bundesministerium für Bildung`` government)."""
    ranks = [
        rank
        for word in _TOKEN.findall(name)
        for part in _fold(word).split("-")
        if (rank := _head_rank(part)) is not None
    ]
    return _ORG_KIND_ORDER[min(ranks)] if ranks else None


@functools.lru_cache(maxsize=16384)
def body_after_noun(run: str) -> int:
    """Which word of a run of capitalised words the body it names starts at, when a common
    noun and a particle come before it: 2 for ``Schätzungen von Amnesty International``, 3
    for ``Neuwahl für den Bundestag``; 0 when the words before the first particle are the
    body's own head (``Bundesamt für Verfassungsschutz``, ``Department of Education``,
    ``Club of Rome``) or the run holds no particle. An organisation's name gives its kind
    first; a noun before ``der``, ``von``, ``of`` that is none is what the phrase is about
    (German capitalises every noun)."""
    words = run.split()
    for index in range(1, len(words) - 1):
        if _fold(words[index]) in _CUT_PARTICLES:
            break
    else:
        return 0
    head = words[:index]
    if _fold(" ".join(head)) in _KNOWN_FOLDED or any(_org_head_word(w) for w in head):
        return 0
    start = index + 1
    while start < len(words) - 1 and _fold(words[start]) in LEADING_ARTICLES:
        start += 1
    return start


RunPeople = tuple[str | None, str | None, str | None, tuple[tuple[int, str], ...]]
"""What :func:`people_in_run` finds: an organisation's name, the people's role and
affiliation, and each person's offset in the run and name."""


def _given_name(word: str) -> bool:
    low = word.lower()
    if low in GIVEN_NAMES_MASCULINE or low in GIVEN_NAMES_FEMININE:
        return True
    folded = _fold(low)  # "María", "Raúl": the lexicons hold the folded form too
    return folded != low and (folded in GIVEN_NAMES_MASCULINE or folded in GIVEN_NAMES_FEMININE)


def _name_start(words: list[str]) -> int:
    """Where the person's name a run ends with starts: capitalised words that name no body
    and no job, with the particles inside a name (``Ursula von der Leyen``), four at most."""
    count = len(words)
    first = count
    while first > 0 and count - first < 5:
        word = words[first - 1]
        if word[:1].isupper():
            if is_role_word(word) or any(
                kind_word(part) or is_acronym(part) for part in word.split("-")
            ):
                break
            first -= 1
            continue
        back = first - 1
        while back > 0 and first - back < 3 and words[back].lower() in INNER_PARTICLES:
            back -= 1
        given = words[back]
        if back == first - 1 or not given[:1].isupper() or is_role_word(given):
            break
        first = back + 1
    while first < count and not words[first][:1].isupper():
        first += 1  # "… GmbH von Pavel K": the particle after the body
    return first


@functools.lru_cache(maxsize=16384)
def people_in_run(run: str) -> RunPeople | None:
    """The people a run of capitalised words that names an organisation holds: a job and a
    name (``CDU-Bildungspolitiker Michael Hose``, ``US Secretary of State Mike Pompeo``: a
    person with a role, the body before the job's hyphen the affiliation), or an
    organisation and the people named after it (``Rutgers University Martin Amis Anne
    Applebaum``); ``None`` when it holds none."""
    spans = [(m.start(), m.group()) for m in _RUN_WORD.finditer(run)]
    words = [w for _, w in spans]
    count = len(words)
    first = _name_start(words)
    if 0 < first <= count - 2 and count - first <= 4 and words[first - 1][:1].isupper():
        role_words = words[:first]
        if any(is_role_word(word) for word in role_words):
            cut = body_after_noun(" ".join(role_words))
            if cut and not any(is_role_word(word) for word in role_words[:cut]):
                role_words = role_words[cut:]  # "Aussage von EU-Kommissionspräsidentin"
            prefix = role_words[0].split("-", 1)[0] if "-" in role_words[0] else ""
            affiliation = prefix if is_acronym(prefix) or org_kind(prefix) else None
            offset = spans[first][0]
            return None, " ".join(role_words), affiliation, ((offset, run[offset:]),)
    firsts = [
        k
        for k in range(1, count - 1)
        if _given_name(words[k]) and words[k + 1][:1].isupper() and not is_acronym(words[k])
    ]
    if not firsts:
        return None
    org_words = words[: firsts[0]]
    while org_words and _fold(org_words[-1]) in NAME_CONNECTORS:
        org_words = org_words[:-1]  # "Amt von Peter Neher": the office of a person
    org_name = " ".join(org_words)
    kind = org_kind(org_name)
    if kind is None and len(org_words) == firsts[0]:
        return None
    people: list[tuple[int, str]] = []
    for given, end in zip(firsts, [*firsts[1:], count], strict=True):
        last = min(end, given + 3) - 1
        offset = spans[given][0]
        people.append((offset, run[offset : spans[last][0] + len(words[last])]))
    return (org_name if kind is not None else None), None, None, tuple(people)


def _is_capitalized(word: str) -> bool:
    return bool(word) and (word[0].isupper() or (word[0] in "'’" and word[1:2].isupper()))


def looks_like_name(text: str) -> bool:
    """True when ``text`` is made of capitalised words (with name particles) only."""
    words = _TOKEN.findall(text)
    if not words or len(words) > 8:
        return False
    if not _is_capitalized(words[0]) and _fold(words[0]) not in TITLES:
        return False
    return all(
        _is_capitalized(w) or _fold(w) in NAME_CONNECTORS or _fold(w) in TITLES for w in words
    ) and any(c.isalpha() for c in text)


def is_role_word(word: str) -> bool:
    """True for a word that names a job (``PDG``, ``directeur``, ``Vereinschef``)."""
    key = _fold(word.strip(".,"))
    if key in _ROLE_FOLDED:
        return True
    return len(key) > 8 and key.endswith(_ROLE_SUFFIXES_FOLDED)


@functools.lru_cache(maxsize=16384)
def split_role(phrase: str) -> tuple[str | None, str | None]:
    """Split a speaker phrase into (name, role): ``Vereinschef Corny Littmann`` →
    (``Corny Littmann``, ``Vereinschef``); ``le ministre Jean Dupont`` → (``Jean Dupont``,
    ``ministre``); a phrase that names nobody gives (None, phrase)."""
    words = phrase.split()
    if not words:
        return None, None
    # The name is the longest run of capitalised words at the end, after any role words.
    end = len(words)
    start = end
    while start > 0:
        word = words[start - 1]
        if _is_capitalized(word) and (
            not is_role_word(word) or (start == end and _particle_before(words, start - 1))
        ):
            start -= 1  # (a surname that is also a job after its particle: "Bruno Le Maire")
            continue
        if _fold(word) in NAME_CONNECTORS and start < end:
            particles = 1
            if start - 2 > 0 and _fold(words[start - 2]) in INNER_PARTICLES:
                particles = 2  # "van der", "von der", "de la"
            given = start - 1 - particles
            if given >= 0 and _is_capitalized(words[given]) and not is_role_word(words[given]):
                start -= particles  # a particle inside a name, after a capitalised word
                continue
        break
    while start < end and _fold(words[start]) in NAME_CONNECTORS | LEADING_ARTICLES:
        start += 1
    if start >= end:
        return None, phrase.strip() or None
    name_words = words[start:end]
    while name_words and _fold(name_words[0]) in TITLES:
        name_words = name_words[1:]
    if not name_words:
        return None, phrase.strip() or None
    rest = [w for w in words[:start] if _fold(w) not in LEADING_ARTICLES]
    if rest and _fold(rest[-1]) in _ROLE_OBJECT_PARTICLES and any(is_role_word(w) for w in rest):
        # "acting U.S. Attorney for Massachusetts Joshua Levy", "China's ambassador to
        # Britain Liu Xiaming": the words after the job's "for" or "to" are what the job is
        # of (up to the person's given name, or two words), not the person's name; after
        # "ambassador to Britain" alone, no one is named.
        body = org_kind(" ".join(name_words)) is not None and not any(
            _given_name(word) for word in name_words
        )  # "a spokesperson for West Midlands Police": the body speaks
        while not body and len(name_words) > 2 and not _given_name(name_words[0]):
            rest.append(name_words.pop(0))
        if len(name_words) == 1:
            return None, phrase.strip() or None
    role = " ".join(rest).strip(" ,") or None
    return " ".join(name_words), role


_ROLE_OPENERS: frozenset[str] = _words(
    "with from by to and but despite including as like via than mit von und"
)
"""Words of the clause before a job that are no part of it (``with Jordanian Foreign
Minister``, ``despite President``)."""
_RELATIVE_OPENERS: frozenset[str] = _words(
    "who which that whose whom where when welche welcher welches qui que quien quienes cui "
    "dont duquel ha han has have had is was were hat habe ist war"
)
"""First words of a clause that names no job: a relative pronoun (``who is also an
executive``) or an auxiliary verb (``ha contado``)."""
_ROLE_NOT_LAST: frozenset[str] = _words(
    "from to in at by with of for on than and or but however another made was were is are has "
    "had have said also und oder aber zu mit von für auf bei nach aus im am zum zur sie er es "
    "wie als de la le les du des et à en avec par pour que qui y con por para del"
)
"""Words no job ends with before a name: a preposition, a conjunction, a pronoun, a verb
(``from`` of ``from Bernie Sanders's``, ``Many in``, ``published by``)."""


@functools.lru_cache(maxsize=4096)
def plain_role(role: str | None, german: bool = False) -> str | None:
    """``role`` as a job or a relation, or ``None`` when it is a fragment of a clause: a
    preposition or a conjunction before the job is dropped (``with Jordanian Foreign
    Minister``); a relative clause (``who is also an executive``), a verb (``ha contado``)
    or a role that ends with a function word (``from``, ``Many in``) is no role; in German,
    where every noun is capitalised, neither is one that ends in a lower-case word (an
    adjective, ``halbes``; a verb, ``der … verpasste``)."""
    if not role:
        return None
    words = role.split()
    while words and words[0].lower() in _ROLE_OPENERS:
        words = words[1:]
    if not words:
        return None
    last = words[-1].strip(".,;:()")
    if (
        words[0].lower() in _RELATIVE_OPENERS
        or last.lower() in _ROLE_NOT_LAST
        or (german and not last[:1].isupper() and not any(c.isdigit() for c in last))
    ):
        return None
    return " ".join(words) if len(words) < len(role.split()) else role


@functools.lru_cache(maxsize=4096)
def role_affiliation(role: str) -> str | None:
    """The body a short job names before its job word: an acronym or an organisation glued
    to it by a hyphen (``BDZV`` of ``BDZV-Hauptgeschäftsführer``) or written before it
    (``NASA`` of ``NASA Administrator``)."""
    words = role.split()
    if not words or len(words) > 3 or not is_role_word(words[-1]):
        return None
    if "-" in words[-1]:
        prefix = words[-1].rsplit("-", 1)[0]
        if is_acronym(prefix) or _KNOWN_FOLDED.get(_fold(prefix)) is not None:
            return prefix
    body = " ".join(words[:-1])
    if body and (is_acronym(body) or _KNOWN_FOLDED.get(normalize_name(body)) is not None):
        return body
    return None


def _particle_before(words: list[str], k: int) -> bool:
    """Whether ``words[k]`` follows one or two name particles that follow a capitalised word
    that is no job (``Bruno Le Maire``, ``Jean de La Fontaine``)."""
    m = k
    while m > 0 and k - m < 2 and _fold(words[m - 1]) in INNER_PARTICLES:
        m -= 1
    return (
        m < k
        and m > 0
        and _is_capitalized(words[m - 1])
        and not is_role_word(words[m - 1])
        and _fold(words[m - 1]) not in INNER_PARTICLES
    )


def surname_forms(name: str) -> list[str]:
    """The forms a later mention gives a person's surname by: the last word and, after a
    given name, the particles before it (``van der Berg`` of ``Frans van der Berg``, ``Le
    Maire`` of ``Bruno Le Maire``)."""
    words = name.split()
    if len(words) < 2:
        return []
    forms = [words[-1]]
    first = len(words) - 1
    while first > 1 and len(words) - 1 - first < 2 and _fold(words[first - 1]) in INNER_PARTICLES:
        first -= 1
    if first < len(words) - 1:
        forms.append(" ".join(words[first:]))
    return forms


# --------------------------------------------------------------------------- records


@dataclass(eq=False)
class PersonRecord:
    """A person while the document is read (mutable; frozen into a Person at the end)."""

    name: str
    aliases: list[str] = field(default_factory=list)
    role: str | None = None
    affiliation: str | None = None
    gender: Gender = Gender.UNKNOWN
    given_name: str | None = None
    family_name: str | None = None
    credit: str | None = None
    url: str | None = None
    origin: Person | None = None

    @property
    def kind(self) -> str:
        return "person"


@dataclass(eq=False)
class OrgRecord:
    """An organisation while the document is read."""

    name: str
    acronyms: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    kind_: OrganizationKind = OrganizationKind.OTHER
    url: str | None = None
    origin: Organization | None = None

    @property
    def kind(self) -> str:
        return "organization"


Record = PersonRecord | OrgRecord


@dataclass(slots=True)
class Mention:
    """Where an entity is named: block index and offset in that block's text."""

    block: int
    start: int
    end: int
    record: Record


_new_mention = Mention.__new__


class EntityBook:
    """The people and organisations of one document, merged as they are found."""

    def __init__(self) -> None:
        self.records: list[Record] = []
        self._keys: dict[str, list[Record]] = {}
        self.mentions: list[Mention] = []
        self.by_block: dict[int, list[Mention]] = {}
        self._by_place: dict[int, list[tuple[int, int, Mention]]] = {}
        """Per block, its mentions as (start, order recorded, mention), sorted: pronouns look
        back from a place without reading every mention of the block."""
        self.single_words: set[str] = set()
        """One-word names and acronyms known so far, lower-cased (a cheap first test)."""
        self._first_words: dict[str, list[PersonRecord]] = {}
        """The people named in full, by the first word of their name (``Liu`` of ``Liu
        Xiaming``)."""

    # ------------------------------------------------------------------ lookup

    def _index(self, record: Record, form: str) -> None:
        key = normalize_name(form)
        if not key:
            return
        bucket = self._keys.setdefault(key, [])
        if record not in bucket:
            bucket.append(record)
        if " " not in key:
            self.single_words.add(key)
            self.single_words.add(form.strip().lower())

    def find(self, text: str) -> Record | None:
        """The entity ``text`` names (a full name, surname, alias or acronym), if known and
        unambiguous; the most recently mentioned one when several share a surname."""
        key = normalize_name(text)
        bucket = self._keys.get(key)
        if not bucket:
            return None
        if len(bucket) == 1:
            return bucket[0]
        for mention in reversed(self.mentions):
            if mention.record in bucket:
                return mention.record
        return bucket[0]

    # ------------------------------------------------------------------ adding

    def add_existing_person(self, person: Person) -> PersonRecord:
        """Register a person the article already has (an author); merges by name."""
        found = self.find(person.name)
        if isinstance(found, PersonRecord):
            found.origin = found.origin or person
            return found
        record = PersonRecord(
            name=person.name,
            aliases=list(person.aliases),
            role=person.role,
            affiliation=person.affiliation,
            gender=person.gender,
            given_name=person.given_name,
            family_name=person.family_name,
            credit=person.credit,
            url=str(person.url) if person.url else None,
            origin=person,
        )
        self._register(record)
        return record

    def add_existing_org(self, org: Organization) -> OrgRecord:
        """Register an organisation the article already has (publisher, agency)."""
        found = self.find(org.name) or next(
            (f for a in org.acronyms if (f := self.find(a)) is not None), None
        )
        if isinstance(found, OrgRecord):
            found.origin = found.origin or org
            for acr in org.acronyms:
                if acr not in found.acronyms:
                    found.acronyms.append(acr)
                    self._index(found, acr)
            return found
        record = OrgRecord(
            name=org.name,
            acronyms=list(org.acronyms),
            aliases=list(org.aliases),
            kind_=org.kind,
            url=str(org.url) if org.url else None,
            origin=org,
        )
        self._register(record)
        return record

    def _index_first(self, record: PersonRecord) -> None:
        first, space, _ = record.name.partition(" ")
        if space:
            self._first_words.setdefault(first, []).append(record)

    def _register(self, record: Record) -> None:
        self.records.append(record)
        self._index(record, record.name)
        if isinstance(record, PersonRecord):
            self._index_first(record)
            for alias in record.aliases:
                self._index(record, alias)
            for form in surname_forms(record.name):
                self._index(record, form)
        else:
            for form in (*record.acronyms, *record.aliases):
                self._index(record, form)

    def add_person(
        self,
        name: str,
        *,
        role: str | None = None,
        affiliation: str | None = None,
        gender: Gender = Gender.UNKNOWN,
    ) -> PersonRecord | OrgRecord:
        """Add or merge a person named ``name``; a known organisation of that name wins. A
        possessive (``Mike Ford’s``) is no part of the name."""
        name = _clean_name(name)
        if name.endswith(("’s", "'s")) and " " in name:
            name = name[:-2]
        existing = self.find(name)
        if isinstance(existing, OrgRecord):
            return existing
        if gender is Gender.UNKNOWN:
            gender = gender_of_given_name(name)
        name = _strip_titles(name)
        if isinstance(existing, PersonRecord):
            if len(name) > len(existing.name) and name.endswith(existing.name.split()[-1]):
                existing.aliases.append(existing.name)
                existing.name = name
                self._index(existing, name)
                self._index_first(existing)
                for form in surname_forms(name):
                    self._index(existing, form)
            elif name != existing.name and name not in existing.aliases:
                existing.aliases.append(name)
                self._index(existing, name)
            existing.role = existing.role or role
            existing.affiliation = existing.affiliation or affiliation
            if existing.gender is Gender.UNKNOWN:
                existing.gender = gender
            return existing
        owners = self._first_words.get(name) if " " not in name else None
        if owners and not _given_name(name):
            # A name whose family name comes first (``Liu Xiaming`` … ``Liu said``): the
            # one person named in full with that first word, when it is no given name.
            owners = [r for r in owners if r.name.startswith(name + " ") and r in self.records]
            if len(owners) == 1:
                owner = owners[0]
                owner.role = owner.role or role
                owner.affiliation = owner.affiliation or affiliation
                self._index(owner, name)
                return owner
        # A full name whose surname is a person already known by surname only: merge.
        forms = surname_forms(name)
        for form in reversed(forms):
            surname_owner = self._keys.get(normalize_name(form), [])
            for record in surname_owner:
                if isinstance(record, PersonRecord) and (
                    record.name == form or len(record.name.split()) == 1
                ):
                    record.aliases.append(record.name)
                    record.name = name
                    self._index(record, name)
                    self._index_first(record)
                    for other in forms:
                        self._index(record, other)
                    record.role = record.role or role
                    record.affiliation = record.affiliation or affiliation
                    if record.gender is Gender.UNKNOWN:
                        record.gender = gender
                    return record
        record = PersonRecord(name=name, role=role, affiliation=affiliation, gender=gender)
        self._register(record)
        return record

    def add_org(
        self, name: str, *, acronym: str | None = None, kind: OrganizationKind | None = None
    ) -> OrgRecord:
        """Add or merge an organisation (with its acronym, when the text gives one)."""
        name = _clean_name(name)
        existing = self.find(name)
        if existing is None and acronym:
            existing = self.find(acronym)
        if existing is None and is_acronym(name):
            for record in self.records:
                if isinstance(record, OrgRecord) and acronym_matches(name, record.name):
                    existing = record
                    break
        if existing is None and not is_acronym(name) and len(name.split()) > 1:
            # A full name after its acronym: "OMPI" … "Organisation Mondiale de la …".
            for record in self.records:
                if (
                    isinstance(record, OrgRecord)
                    and is_acronym(record.name)
                    and acronym_matches(record.name, name)
                ):
                    existing = record
                    break
        if isinstance(existing, OrgRecord):
            if acronym and acronym not in existing.acronyms:
                existing.acronyms.append(acronym)
                self._index(existing, acronym)
            if is_acronym(name) and name != existing.name and name not in existing.acronyms:
                existing.acronyms.append(name)
                self._index(existing, name)
            elif (
                is_acronym(existing.name)
                and not is_acronym(name)
                and acronym_matches(existing.name, name)
            ):
                existing.acronyms.append(existing.name)
                existing.name = name
                self._index(existing, name)
                if existing.kind_ is OrganizationKind.OTHER:
                    existing.kind_ = org_kind(name) or OrganizationKind.OTHER
            if existing.kind_ is OrganizationKind.OTHER and kind is not None:
                existing.kind_ = kind
            return existing
        if isinstance(existing, PersonRecord):
            # Read as a person earlier (a bare surname): an organisation word proves otherwise.
            self.records.remove(existing)
            for bucket in self._keys.values():
                if existing in bucket:
                    bucket.remove(existing)
        resolved_kind = (
            kind
            or org_kind(name)
            or (org_kind(acronym) if acronym else None)
            or head_kind(name)
            or OrganizationKind.OTHER
        )
        record = OrgRecord(name=name, kind_=resolved_kind)
        if acronym:
            record.acronyms.append(acronym)
        self._register(record)
        if isinstance(existing, PersonRecord):
            for mention in self.mentions:
                if mention.record is existing:
                    mention.record = record
        return record

    def mention(self, block: int, start: int, end: int, record: Record) -> None:
        """Record that ``record`` is named at this place."""
        # Made bare and its slots set: calling the dataclass ran its ``__init__`` as a
        # Python call (thousands of mentions a document).
        mention = _new_mention(Mention)
        mention.block = block
        mention.start = start
        mention.end = end
        mention.record = record
        mentions = self.mentions
        mentions.append(mention)
        in_block = self.by_block.get(block)
        if in_block is None:
            self.by_block[block] = [mention]
            self._by_place[block] = [(start, len(mentions), mention)]
        else:
            in_block.append(mention)
            bisect.insort(self._by_place[block], (start, len(mentions), mention))

    def clear_mentions(self) -> None:
        """Forget every mention (the entities stay)."""
        self.mentions.clear()
        self.by_block.clear()
        self._by_place.clear()

    def mentions_in(self, block: int) -> list[Mention]:
        """The mentions recorded in one block."""
        return self.by_block.get(block, [])

    # ------------------------------------------------------------------ pronouns

    def resolve_pronoun(
        self,
        gender: str,
        number: str,
        block: int,
        position: int,
        *,
        skip: Callable[[int, int], bool] | None = None,
        blocks_back: int = 3,
    ) -> Record | None:
        """The nearest entity named before (block, position) that agrees with the pronoun:
        a person of the same gender (or of unknown gender when none agrees exactly) for
        he/she, an organisation for ``it`` and plural pronouns. A mention whose (block,
        start) ``skip`` is true for (one inside a quote) is no candidate."""

        def candidates() -> Iterator[Mention]:
            # Nearest first: by block, then by start, both descending; mentions at the same
            # start in the order they were recorded.
            for b in range(block, max(0, block - blocks_back) - 1, -1):
                entries = self._by_place.get(b)
                if not entries:
                    continue
                # A mention that starts at or after the pronoun's place cannot end before it.
                i = bisect.bisect_left(entries, (position,)) if b == block else len(entries)
                i -= 1
                while i >= 0:
                    first = i
                    while first > 0 and entries[first - 1][0] == entries[i][0]:
                        first -= 1
                    for k in range(first, i + 1):
                        m = entries[k][2]
                        if (m.block < block or m.end <= position) and not (
                            skip is not None and skip(m.block, m.start)
                        ):
                            yield m
                    i = first - 1

        wanted = {"m": Gender.MASCULINE, "f": Gender.FEMININE}.get(gender)
        if number in {"o", "p"}:
            return next((m.record for m in candidates() if isinstance(m.record, OrgRecord)), None)
        people = (m.record for m in candidates() if isinstance(m.record, PersonRecord))
        if wanted is None:
            return next(people, None)
        for record in people:
            if isinstance(record, PersonRecord) and record.gender is wanted:
                return record
            if isinstance(record, PersonRecord) and record.gender is Gender.UNKNOWN:
                # The nearest unknown-gender person, unless a person of the right gender
                # is named close by (same block).
                exact = next(
                    (
                        m.record
                        for m in candidates()
                        if m.block == block
                        and isinstance(m.record, PersonRecord)
                        and m.record.gender is wanted
                    ),
                    None,
                )
                return exact or record
        return None

    # ------------------------------------------------------------------ output

    def build(
        self, *, only: Container[int] | None = None
    ) -> tuple[tuple[Person, ...], tuple[Organization, ...], dict[int, Person | Organization]]:
        """Freeze the records into models with ids (``p1``, ``o1``) in order of first
        mention; returns people, organisations and a map from ``id(record)`` to the model.

        With ``only`` (a set of ``id(record)``), only those records are frozen (the others
        still take their ids, so each model is the one a full build gives) and the people
        and organisations returned are empty: for callers that need the models of a few
        records (the speakers of the quotes), not the article's entity lists."""
        mentions = self.mentions
        # Each record's first mention: read from the last, the first one's index is kept.
        order = {
            id(mention.record): index
            for index, mention in zip(
                range(len(mentions) - 1, -1, -1), reversed(mentions), strict=True
            )
        }
        # (The origin test inline in the comprehension: thousands of calls a document.)
        kept = [r for r in self.records if r.origin is not None or id(r) in order]
        added = {id(r): i for i, r in enumerate(self.records)}
        # The article's own entities first, in the order it gave them; then new ones in
        # order of first mention.
        unmentioned = len(mentions)
        ranked = sorted(
            kept,
            key=lambda r: (
                (0, added[id(r)]) if r.origin is not None else (1, order.get(id(r), unmentioned))
            ),
        )
        people: list[Person] = []
        orgs: list[Organization] = []
        built: dict[int, Person | Organization] = {}
        if only is not None:
            n_people = n_orgs = 0
            for record in ranked:
                if isinstance(record, PersonRecord):
                    n_people += 1
                    if id(record) in only:
                        built[id(record)] = _freeze_person(record, f"p{n_people}")
                else:
                    n_orgs += 1
                    if id(record) in only:
                        built[id(record)] = _freeze_org(record, f"o{n_orgs}")
            return (), (), built
        for record in ranked:
            if isinstance(record, PersonRecord):
                person = _freeze_person(record, f"p{len(people) + 1}")
                people.append(person)
                built[id(record)] = person
            else:
                org = _freeze_org(record, f"o{len(orgs) + 1}")
                orgs.append(org)
                built[id(record)] = org
        return tuple(people), tuple(orgs), built


def _dedupe(values: Iterable[str], *, skip: Iterable[str] = ()) -> tuple[str, ...]:
    seen = {normalize_name(s) for s in skip}
    out: list[str] = []
    for value in values:
        key = normalize_name(value)
        if key and key not in seen:
            seen.add(key)
            out.append(value)
    return tuple(out)


def _freeze_person(record: PersonRecord, pid: str) -> Person:
    base = record.origin
    if base is not None:
        return base.model_copy(
            update={
                "id": base.id or pid,
                "aliases": _dedupe((*base.aliases, *record.aliases), skip=[base.name]),
                "role": base.role or record.role,
                "affiliation": base.affiliation or record.affiliation,
                "gender": base.gender if base.gender is not Gender.UNKNOWN else record.gender,
            }
        )
    words = record.name.split()
    return Person(
        id=pid,
        name=record.name,
        aliases=_dedupe(record.aliases, skip=[record.name]),
        role=record.role,
        affiliation=record.affiliation,
        gender=record.gender,
        given_name=words[0]
        if len(words) > 1 and gender_of_given_name(record.name) is not Gender.UNKNOWN
        else None,
        family_name=words[-1]
        if len(words) > 1 and gender_of_given_name(record.name) is not Gender.UNKNOWN
        else None,
    )


def _freeze_org(record: OrgRecord, oid: str) -> Organization:
    base = record.origin
    if base is not None:
        return base.model_copy(
            update={
                "id": base.id or oid,
                "acronyms": _dedupe((*base.acronyms, *record.acronyms), skip=[base.name]),
                "aliases": _dedupe((*base.aliases, *record.aliases), skip=[base.name]),
            }
        )
    return Organization(
        id=oid,
        name=record.name,
        acronyms=_dedupe(record.acronyms, skip=[record.name]),
        aliases=_dedupe(record.aliases, skip=[record.name]),
        kind=record.kind_,
    )


_TRIM = re.compile(r"^[\s,;:(\[«»\"“”„'’-]+|[\s,;:)\]«»\"“”„'’-]+$")


@functools.lru_cache(maxsize=16384)
def _clean_name(name: str) -> str:
    name = _TRIM.sub("", " ".join(name.split()))
    words = name.split()
    while words and _fold(words[0]) in LEADING_ARTICLES:
        words = words[1:]
    if words:
        words[0] = _ELISION.sub("", words[0])
    return " ".join(words) or name


def _strip_titles(name: str) -> str:
    words = name.split()
    while len(words) > 1 and _fold(words[0]) in TITLES:
        words = words[1:]
    return " ".join(words)
