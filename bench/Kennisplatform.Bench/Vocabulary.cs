namespace Kennisplatform.Bench;

/// <summary>A theme of the generated corpus: its slug and title, the nouns its pages use, and phrases for titles.</summary>
public sealed record ThemeWords(string Slug, string Title, string[] Terms, string[] TitlePhrases);

/// <summary>A region of the generated corpus: slug, page title, short name, area and the places in it.</summary>
public sealed record RegionWords(string Slug, string Title, string Name, string Area, bool Riec, string[] Places);

/// <summary>A glossary entry: the term, its full form (for acronyms) and words search should treat as equal.</summary>
public sealed record GlossaryWords(string Term, string? Full, string[] Synonyms, string Theme);

/// <summary>
/// The Dutch vocabulary of the generated corpus: the words professionals in the approach to ondermijning use.
/// Real words (most of them in Debian's wdutch list) so that the analysis chain, compound splitting and spelling
/// correction do the same work as on real content.
/// </summary>
public static class Vocabulary
{
    /// <summary>25 themes; the nouns of a page come mostly from its own themes, so related pages and facets have structure.</summary>
    public static readonly ThemeWords[] Themes =
    [
        new("bedrijventerreinen", "Bedrijventerreinen",
            ["bedrijventerreinen", "bedrijfspanden", "loodsen", "bedrijfsverzamelgebouwen", "opslagboxen", "parkmanagement", "ondernemersverenigingen", "leegstaande panden", "gebiedsgerichte controles"],
            ["ondermijning op bedrijventerreinen", "malafide bedrijfsverzamelgebouwen", "opslagboxen", "revitalisering van bedrijventerreinen"]),
        new("bestuurlijke-aanpak-en-apv", "Bestuurlijke aanpak en APV",
            ["APV-bepalingen", "Bibob-toetsen", "vergunningverlening", "exploitatievergunningen", "bestuurlijke rapportages", "bestuursrechtelijke handhaving", "sluitingsbevelen", "lasten onder dwangsom"],
            ["bestuurlijke aanpak", "Bibob-beleid", "APV-bepalingen", "integere vergunningverlening"]),
        new("buitengebied", "Buitengebied",
            ["boerenerven", "leegstaande stallen", "agrarische ondernemers", "drugsafval", "dumpingen", "erfbetredingen", "schuren", "landbouwgrond"],
            ["weerbaar buitengebied", "drugsafvaldumpingen", "leegstaande agrarische opstallen", "weerbare boeren"]),
        new("criminele-families", "Criminele families",
            ["familienetwerken", "criminele families", "gezinsleden", "criminele carrières", "familiebedrijven", "gezinsgerichte interventies"],
            ["criminele families", "gezinsgerichte aanpak", "doorbreken van criminele carrières"]),
        new("damocles", "Damocles",
            ["artikel 13b Opiumwet", "Damoclesbeleid", "pandsluitingen", "drugspanden", "hennepkwekerijen", "woningsluitingen", "huurovereenkomsten", "sluitingsduur"],
            ["Damoclesbeleid", "pandsluitingen", "hennepkwekerijen in huurwoningen", "woningsluitingen"]),
        new("drugscriminaliteit", "Drugscriminaliteit",
            ["cocaïnehandel", "synthetische drugs", "drugslabs", "hennepteelt", "drugshandel", "drugsrunners", "precursoren", "drugstransporten"],
            ["drugscriminaliteit", "synthetische drugs", "cocaïnesmokkel", "hennepteelt", "drugslabs"]),
        new("drugspreventie", "Drugspreventie",
            ["voorlichting", "drugsgebruik", "preventiecampagnes", "jongerenwerk", "bewustwording", "uitgaansleven", "middelengebruik"],
            ["drugspreventie", "voorlichting op scholen", "bewustwording over drugsgebruik"]),
        new("financiele-facilitators", "Financiële facilitators",
            ["notarissen", "boekhouders", "trustkantoren", "adviseurs", "katvangers", "stromannen", "brievenbusfirma's", "poortwachters"],
            ["financiële facilitators", "malafide dienstverleners", "poortwachters", "katvangers"]),
        new("horeca", "Horeca",
            ["horecabedrijven", "shishalounges", "exploitanten", "coffeeshops", "horecavergunningen", "nachtwinkels", "barbershops"],
            ["malafide horeca", "shishalounges", "horecavergunningen", "coffeeshops"]),
        new("informatiedeling-en-privacy", "Informatiedeling en privacy",
            ["convenanten", "de AVG", "doelbinding", "privacyprotocollen", "gegevensdeling", "informatieknooppunten", "grondslagen", "persoonsgegevens"],
            ["informatiedeling", "privacyprotocol", "gegevensdeling tussen partners", "intragemeentelijke informatiedeling"]),
        new("integrale-samenwerking", "Integrale samenwerking",
            ["casusoverleggen", "convenantpartners", "ketenpartners", "stuurgroepen", "samenwerkingsverbanden", "regietafels", "integrale interventies"],
            ["integrale samenwerking", "casusoverleg", "ketensamenwerking", "integrale interventies"]),
        new("intelligence-en-analyse", "Intelligence en analyse",
            ["ondermijningsbeelden", "datagedreven werken", "risicoprofielen", "analyses", "signalen", "bestandskoppelingen", "dashboards", "barrièremodellen"],
            ["ondermijningsbeeld", "datagedreven aanpak", "risicoprofielen", "barrièremodel", "signaalgestuurd werken"]),
        new("internationale-aanpak", "Internationale aanpak",
            ["rechtshulpverzoeken", "Europol", "grensoverschrijdende samenwerking", "Belgische partners", "Duitse partners", "internationale drugshandel"],
            ["grensoverschrijdende samenwerking", "Euregionale aanpak", "internationale drugshandel"]),
        new("jonge-aanwas-en-wijkaanpak", "Jonge aanwas en wijkaanpak",
            ["jonge aanwas", "wijkaanpak", "straatcultuur", "jongerenwerkers", "perspectief", "rolmodellen", "kwetsbare jongeren", "wijkteams"],
            ["jonge aanwas", "wijkgerichte aanpak", "weerbare wijken", "perspectief voor jongeren"]),
        new("kennisdeling-en-leren", "Kennisdeling en leren",
            ["kenniskringen", "learning communities", "intervisie", "kennisbanken", "evaluaties", "masterclasses", "lerende netwerken"],
            ["kennisdeling", "lerend netwerk", "evaluatie van interventies", "opleiding van professionals"]),
        new("kwetsbare-branches-en-pps", "Kwetsbare branches en PPS",
            ["publiek-private samenwerking", "autoverhuurbedrijven", "kapperszaken", "nagelstudio's", "belwinkels", "makelaars", "brancheverenigingen", "meldplichten"],
            ["kwetsbare branches", "publiek-private samenwerking", "malafide autobedrijven", "weerbare ondernemers"]),
        new("logistieke-knooppunten", "Logistieke knooppunten",
            ["havens", "luchthavens", "containerterminals", "uithalers", "transportbedrijven", "douanecontroles", "corruptiegevoelige functies"],
            ["logistieke knooppunten", "havenbeveiliging", "uithalers", "corruptiegevoelige functies"]),
        new("maatschappelijke-weerbaarheid", "Maatschappelijke weerbaarheid",
            ["weerbaarheid", "meldbereidheid", "Meld Misdaad Anoniem", "bewoners", "ondernemers", "vertrouwen in de overheid", "communicatie"],
            ["maatschappelijke weerbaarheid", "meldbereidheid", "communicatie over ondermijning"]),
        new("mensenhandel", "Mensenhandel",
            ["arbeidsuitbuiting", "seksuele uitbuiting", "arbeidsmigranten", "uitzendbureaus", "huisvesting", "slachtoffers", "signalen van uitbuiting"],
            ["arbeidsuitbuiting", "mensenhandel", "huisvesting van arbeidsmigranten"]),
        new("omg", "OMG's",
            ["motorclubs", "clubhuizen", "colours", "intimidatie", "openbare orde", "verboden motorclubs"],
            ["OMG's", "clubhuizen", "motorclubs en openbare orde"]),
        new("onderwijs", "Onderwijs",
            ["scholen", "mbo-instellingen", "docenten", "leerlingen", "stagebedrijven", "leerplicht", "signalering op school"],
            ["onderwijs en ondermijning", "signaleren op school", "stages bij malafide bedrijven"]),
        new("recreatieparken", "Recreatieparken",
            ["vakantieparken", "recreatiewoningen", "permanente bewoning", "chalets", "parkeigenaren", "recreatieondernemers"],
            ["vitale vakantieparken", "recreatieparken", "permanente bewoning"]),
        new("strafrechtelijke-aanpak", "Strafrechtelijke aanpak",
            ["opsporing", "strafrechtelijke onderzoeken", "officieren van justitie", "rechters", "inbeslagnames", "verdachten", "heimelijke opsporing"],
            ["strafrechtelijke aanpak", "opsporingsonderzoek", "snelrecht"]),
        new("vastgoed", "Vastgoed",
            ["vastgoed", "verhuurders", "huurwoningen", "koopwoningen", "Kadastergegevens", "vastgoedtransacties", "woningcorporaties", "huisjesmelkers", "panden"],
            ["malafide verhuur", "vastgoedtransacties", "goed verhuurderschap", "vastgoedfraude", "woonfraude"]),
        new("witwassen-en-afpakken", "Witwassen en afpakken",
            ["witwassen", "afpakken", "crimineel vermogen", "contant geld", "de Wwft", "ongebruikelijke transacties", "beslagleggingen", "FIU-meldingen"],
            ["witwassen", "afpakken van crimineel vermogen", "contante betalingen", "ongebruikelijke transacties"]),
    ];

    /// <summary>The ten RIEC regions and <c>landelijk</c>, with the places a practice in the region can be in.</summary>
    public static readonly RegionWords[] Regions =
    [
        new("amsterdam-amstelland", "RIEC Amsterdam-Amstelland", "Amsterdam-Amstelland", "Amsterdam en de gemeenten in de regio Amstelland", true,
            ["Amsterdam", "Amstelveen", "Diemen", "Ouder-Amstel", "Aalsmeer", "Uithoorn"]),
        new("den-haag", "RIEC Den Haag", "Den Haag", "Haaglanden en Hollands Midden", true,
            ["Den Haag", "Delft", "Zoetermeer", "Leiden", "Westland", "Katwijk", "Alphen aan den Rijn"]),
        new("rotterdam", "RIEC Rotterdam", "Rotterdam", "Rotterdam-Rijnmond en Zuid-Holland-Zuid", true,
            ["Rotterdam", "Schiedam", "Vlaardingen", "Dordrecht", "Gouda", "Spijkenisse", "Capelle aan den IJssel"]),
        new("midden-nederland", "RIEC Midden-Nederland", "Midden-Nederland", "Provincie Utrecht en Gooi en Vechtstreek", true,
            ["Utrecht", "Amersfoort", "Nieuwegein", "Veenendaal", "Hilversum", "Zeist"]),
        new("noord-holland", "RIEC Noord-Holland", "Noord-Holland", "Noord-Holland Noord, Kennemerland en Zaanstreek-Waterland", true,
            ["Haarlem", "Zaanstad", "Alkmaar", "Den Helder", "Hoorn", "Purmerend", "Velsen"]),
        new("noord-nederland", "RIEC Noord-Nederland", "Noord-Nederland", "De provincies Groningen, Friesland en Drenthe", true,
            ["Groningen", "Leeuwarden", "Assen", "Emmen", "Drachten", "Heerenveen"]),
        new("oost-nederland", "RIEC Oost-Nederland", "Oost-Nederland", "De provincies Overijssel en Gelderland", true,
            ["Enschede", "Hengelo", "Almelo", "Zwolle", "Deventer", "Apeldoorn", "Arnhem", "Nijmegen", "Ede", "Doetinchem"]),
        new("limburg", "RIEC Limburg", "Limburg", "Provincie Limburg", true,
            ["Maastricht", "Heerlen", "Venlo", "Roermond", "Kerkrade", "Sittard-Geleen", "Weert"]),
        new("zeeland-west-brabant", "RIEC Zeeland-West-Brabant", "Zeeland-West-Brabant", "Zeeland en West-Brabant", true,
            ["Breda", "Tilburg", "Roosendaal", "Bergen op Zoom", "Vlissingen", "Middelburg", "Terneuzen", "Goes"]),
        new("oost-brabant", "RIEC Oost-Brabant", "Oost-Brabant", "Oost-Brabant", true,
            ["Eindhoven", "Den Bosch", "Helmond", "Oss", "Uden", "Meierijstad"]),
        new("landelijk", "Landelijk", "landelijk", "Heel Nederland (landelijke organisaties en projecten)", false,
            ["heel Nederland", "de Nederlandse zeehavens", "alle RIEC-regio's", "de Nederlandse luchthavens"]),
    ];

    /// <summary>Glossary entries: real acronyms and terms. Synonym groups are disjoint, as editors keep them.</summary>
    public static readonly GlossaryWords[] Glossary =
    [
        new("RIEC", "Regionaal Informatie- en Expertisecentrum", ["RIEC's", "RIEC-samenwerking"], "integrale-samenwerking"),
        new("LIEC", "Landelijk Informatie- en Expertisecentrum", [], "integrale-samenwerking"),
        new("APV", "Algemene Plaatselijke Verordening", ["model-APV"], "bestuurlijke-aanpak-en-apv"),
        new("Bibob", "Wet bevordering integriteitsbeoordelingen door het openbaar bestuur", ["Wet Bibob", "Bibob-toets", "integriteitsbeoordeling"], "bestuurlijke-aanpak-en-apv"),
        new("Wwft", "Wet ter voorkoming van witwassen en financieren van terrorisme", ["witwaswet"], "witwassen-en-afpakken"),
        new("FIOD", "Fiscale Inlichtingen- en Opsporingsdienst", [], "strafrechtelijke-aanpak"),
        new("FIU-Nederland", "Financial Intelligence Unit Nederland", ["FIU"], "witwassen-en-afpakken"),
        new("OM", "Openbaar Ministerie", ["justitie"], "strafrechtelijke-aanpak"),
        new("KMar", "Koninklijke Marechaussee", ["marechaussee"], "logistieke-knooppunten"),
        new("OMG", "Outlaw Motorcycle Gang", ["motorbende", "outlaw motorcycle gangs"], "omg"),
        new("PPS", "Publiek-private samenwerking", ["publiek-privaat"], "kwetsbare-branches-en-pps"),
        new("SBO", "Strategisch Beraad Ondermijning", [], "integrale-samenwerking"),
        new("DGO", "Directoraat-Generaal Ondermijning", [], "integrale-samenwerking"),
        new("NSOC", "Nationale Samenwerking tegen Ondermijnende Criminaliteit", [], "strafrechtelijke-aanpak"),
        new("AVG", "Algemene verordening gegevensbescherming", ["privacywet", "GDPR"], "informatiedeling-en-privacy"),
        new("CCV", "Centrum voor Criminaliteitspreventie en Veiligheid", [], "kwetsbare-branches-en-pps"),
        new("VNG", "Vereniging van Nederlandse Gemeenten", [], "bestuurlijke-aanpak-en-apv"),
        new("WODC", "Wetenschappelijk Onderzoek- en Documentatiecentrum", [], "kennisdeling-en-leren"),
        new("MIT", "Multidisciplinair Interventieteam", [], "strafrechtelijke-aanpak"),
        new("ATO", "Aanjaagteam Ondermijning", ["Aanjaagteam"], "kennisdeling-en-leren"),
        new("MMA", "Meld Misdaad Anoniem", ["anoniem melden"], "maatschappelijke-weerbaarheid"),
        new("TBML", "Trade based money laundering", ["handelsgerelateerd witwassen"], "witwassen-en-afpakken"),
        new("RUD", "Regionale Uitvoeringsdienst", ["omgevingsdienst"], "buitengebied"),
        new("Damocles", "Artikel 13b Opiumwet", ["Wet Damocles", "Damoclesbevoegdheid"], "damocles"),
        new("Katvanger", null, ["stroman", "stromannen"], "financiele-facilitators"),
        new("Crime script", null, ["misdaadscript"], "intelligence-en-analyse"),
        new("Barrièremodel", null, ["barrières opwerpen"], "intelligence-en-analyse"),
        new("Ondermijning", null, ["ondermijnende criminaliteit"], "integrale-samenwerking"),
        new("Witwassen", null, ["witwaspraktijken"], "witwassen-en-afpakken"),
        new("Afpakken", null, ["ontneming", "afpakaanpak"], "witwassen-en-afpakken"),
        new("Jonge aanwas", null, ["criminele aanwas"], "jonge-aanwas-en-wijkaanpak"),
        new("Integrale aanpak", null, ["integraal werken"], "integrale-samenwerking"),
        new("Ondermijningsbeeld", null, ["criminaliteitsbeeld"], "intelligence-en-analyse"),
        new("Poortwachter", null, ["poortwachtersfunctie"], "financiele-facilitators"),
        new("Drugsdumping", null, ["drugsafvaldumping"], "buitengebied"),
        new("Hennepkwekerij", null, ["wietkwekerij", "hennepplantage"], "damocles"),
        new("Drugslab", null, ["productielocatie", "synthetisch drugslab"], "drugscriminaliteit"),
        new("Uithaler", null, ["uithalers"], "logistieke-knooppunten"),
        new("Arbeidsuitbuiting", null, ["uitbuiting op het werk"], "mensenhandel"),
        new("Huisjesmelker", null, ["malafide pandjesbaas"], "vastgoed"),
        new("Bestuurlijke rapportage", null, ["RIEC-rapportage"], "bestuurlijke-aanpak-en-apv"),
        new("Ondermijningsscan", null, ["weerbaarheidsscan"], "maatschappelijke-weerbaarheid"),
    ];

    /// <summary>First parts of generated glossary compounds (with their linking s where Dutch has one).</summary>
    public static readonly string[] CompoundModifiers =
    [
        "vastgoed", "drugs", "witwas", "ondermijnings", "handhavings", "integriteits", "horeca", "bedrijfs", "haven",
        "recreatie", "informatie", "veiligheids", "vergunnings", "wijk", "jeugd", "preventie", "controle", "signalen",
    ];

    /// <summary>Second parts of generated glossary compounds.</summary>
    public static readonly string[] CompoundHeads =
    [
        "beeld", "overleg", "protocol", "analyse", "register", "toets", "dossier", "coördinator", "regisseur", "netwerk",
        "team", "agenda", "scan", "monitor", "convenant", "platform", "actie", "kaart",
    ];

    /// <summary>National organisations that work with municipalities on the approach.</summary>
    public static readonly string[] Organisations =
    [
        "Politie", "Openbaar Ministerie", "Belastingdienst", "FIOD", "Douane", "Koninklijke Marechaussee",
        "Nederlandse Arbeidsinspectie", "UWV", "Kadaster", "Regionale Uitvoeringsdienst", "Veiligheidsregio", "LIEC", "CCV",
        "VNG", "Landelijk Bureau Bibob", "FIU-Nederland", "Kamer van Koophandel", "Halt", "Rijkswaterstaat", "Staatsbosbeheer",
        "ZLTO", "LTO Noord", "Havenbedrijf", "Reclassering Nederland", "Raad voor de Kinderbescherming", "Aedes",
    ];

    /// <summary>Who a guide is for.</summary>
    public static readonly string[] Audiences =
    [
        "gemeenten", "burgemeesters", "RIEC's", "woningcorporaties", "verhuurders", "toezichthouders", "handhavers",
        "beleidsadviseurs", "ondernemers", "wijkteams", "jongerenwerkers", "politie", "scholen", "notarissen",
    ];

    /// <summary>Kinds of project, for titles of practices.</summary>
    public static readonly string[] ProjectKinds =
    [
        "Integrale aanpak", "Pilot", "Project", "Programma", "Actieweek", "Werkgroep", "Interventieteam", "Casusoverleg",
        "Bewustwordingscampagne", "Barrièremodel", "Ondermijningsbeeld", "Controleteam", "Meldpunt", "Samenwerkingsverband",
        "Keurmerk", "Themadag", "Proeftuin", "Taskforce",
    ];

    /// <summary>Kinds of guide, for titles of guides.</summary>
    public static readonly string[] GuideKinds =
    [
        "Handreiking", "Checklist", "Stappenplan", "Toolkit", "Leidraad", "Menukaart", "Kenniskaart", "Praatplaat", "Werkwijzer",
    ];

    /// <summary>Kinds of meeting of a knowledge circle.</summary>
    public static readonly string[] MeetingKinds =
    [
        "Masterclass", "Expertmeeting", "Webinar", "Werksessie", "Intervisie", "Themabijeenkomst", "Rondetafelgesprek", "Werkbezoek",
    ];

    /// <summary>Kinds of stand-alone online session.</summary>
    public static readonly string[] WebinarKinds = ["Webinar", "Online sessie", "Livestream", "Spotlight op", "Kennissessie"];

    /// <summary>Publication kinds as the content model allows them, with a Dutch title prefix for each.</summary>
    public static readonly (string Kind, string Prefix)[] PublicationKinds =
    [
        ("rapport", "Rapport"), ("kamerbrief", "Kamerbrief over"), ("essay", "Essay over"), ("advies", "Advies over"),
        ("beleidsplan", "Beleidsplan"), ("onderzoek", "Onderzoek naar"), ("overig", "Factsheet"),
    ];

    /// <summary>Authors of publications.</summary>
    public static readonly string[] Authors =
    [
        "Universiteit Maastricht", "Erasmus Universiteit Rotterdam", "Universiteit Utrecht", "Universiteit Leiden",
        "Vrije Universiteit Amsterdam", "Tilburg University", "Radboud Universiteit", "Rijksuniversiteit Groningen",
        "Bureau Fraey", "Regioplan", "Andersson Elffers Felix", "DSP-groep", "Significant", "Berenschot",
        "Aanjaagteam Ondermijning", "Algemene Rekenkamer", "Raad voor het Openbaar Bestuur",
    ];

    /// <summary>Publishers of publications and guides.</summary>
    public static readonly string[] Publishers =
    [
        "WODC", "Ministerie van Justitie en Veiligheid", "Aanjaagteam Ondermijning", "LIEC", "VNG", "CCV",
        "Algemene Rekenkamer", "Politieacademie", "Landelijk Bureau Bibob", "Raad voor het Openbaar Bestuur",
    ];

    /// <summary>Who does something in a sentence; {place} and {region} are filled in per page.</summary>
    public static readonly string[] Actors =
    [
        "De gemeente {place}", "Het RIEC {region}", "De burgemeester van {place}", "De politie", "Het Openbaar Ministerie",
        "De Belastingdienst", "De FIOD", "De woningcorporatie", "Het projectteam", "De toezichthouders van de gemeente",
        "De stadsmarinier", "Een ketenpartner", "De Koninklijke Marechaussee", "Het LIEC", "De handhavers", "De wijkagent",
        "Het college van burgemeester en wethouders", "De Douane", "Het programmateam", "De gemeenteraad van {place}",
    ];

    /// <summary>What the actor does with a topic ({0}); some name a second organisation ({org}).</summary>
    public static readonly string[] Actions =
    [
        "brengt {0} beter in beeld", "pakt {0} integraal aan", "deelt signalen over {0}", "onderzoekt {0}",
        "legt de nadruk op {0}", "maakt afspraken over {0}", "zet bestuurlijke instrumenten in tegen {0}",
        "controleert gericht op {0}", "werkt met de {org} samen aan {0}", "verzamelt informatie over {0}",
        "ontwikkelt een werkwijze voor {0}", "stelt een ondermijningsbeeld op van {0}", "toetst {0} met de Wet Bibob",
        "past artikel 13b Opiumwet toe bij {0}", "vraagt meer aandacht voor {0}", "brengt de risico's van {0} in kaart",
        "bespreekt {0} in het casusoverleg", "investeert structureel in de aanpak van {0}",
    ];

    /// <summary>How, where or when: the end of a sentence.</summary>
    public static readonly string[] Adverbials =
    [
        "in de wijk", "sinds {year}", "op bedrijventerreinen", "met een integrale aanpak", "in samenwerking met het RIEC",
        "aan de hand van een casusoverleg", "binnen de bestaande wet- en regelgeving", "zonder de privacy uit het oog te verliezen",
        "op basis van een risicoanalyse", "met steun van het Rijk", "in het hele werkgebied", "samen met ondernemers",
        "met extra capaciteit uit de versterkingsgelden", "volgens een vast stappenplan", "in nauw overleg met het OM",
        "voor de duur van twee jaar", "na signalen van bewoners", "met een speciaal interventieteam",
    ];

    /// <summary>Why something is hard; completes "omdat …".</summary>
    public static readonly string[] Reasons =
    [
        "criminelen steeds vaker gebruikmaken van katvangers", "signalen verspreid liggen over verschillende organisaties",
        "de informatiepositie van de gemeente beperkt is", "ondernemers zich niet altijd veilig voelen om te melden",
        "de regels voor gegevensdeling ingewikkeld zijn", "er weinig capaciteit is voor handhaving",
        "criminele geldstromen moeilijk te volgen zijn", "het zicht op het buitengebied beperkt is",
        "malafide verhuurders snel van werkwijze veranderen", "de financiering van projecten tijdelijk is",
    ];

    /// <summary>Lessons; complete "… is dat …".</summary>
    public static readonly string[] Lessons =
    [
        "vroegtijdige informatie-uitwisseling tussen ketenpartners het verschil maakt",
        "een vaste contactpersoon bij de gemeente drempels verlaagt",
        "bestuurlijke en strafrechtelijke interventies elkaar versterken",
        "investeren in de weerbaarheid van ondernemers loont",
        "de privacyregels vooraf goed moeten worden uitgezocht",
        "bestuurlijk draagvlak nodig is voordat een aanpak van start gaat",
        "korte lijnen met het Openbaar Ministerie de doorlooptijd verkorten",
        "een gedeeld ondermijningsbeeld de samenwerking richting geeft",
        "resultaten zichtbaar maken het vertrouwen van bewoners vergroot",
        "tijdelijke projecten een plan voor borging nodig hebben",
        "het barrièremodel helpt om de juiste interventie te kiezen",
        "jongerenwerkers en wijkagenten elkaar versterken in de wijk",
    ];

    /// <summary>Things a project produced; used with a number ("12 …").</summary>
    public static readonly string[] Outcomes =
    [
        "pandsluitingen", "bestuurlijke rapportages", "integrale controles", "Bibob-onderzoeken", "meldingen van bewoners",
        "afgepakte voertuigen", "casusoverleggen", "geweigerde vergunningen", "huisbezoeken", "opgerolde hennepkwekerijen",
        "getrainde medewerkers", "gesloten drugspanden", "aangepaste huurovereenkomsten", "FIU-meldingen",
    ];

    /// <summary>Roles in a partner table.</summary>
    public static readonly string[] Roles =
    [
        "levert informatie uit eigen registraties", "voert controles uit", "neemt bestuurlijke maatregelen",
        "start strafrechtelijke onderzoeken", "ondersteunt met analyse", "coördineert het casusoverleg",
        "benadert ondernemers en bewoners", "zorgt voor nazorg en begeleiding", "toetst vergunningen", "legt beslag op vermogen",
    ];
}
