"""Authors read from HTML pages: which source names the writer, and which names are the site's."""

from __future__ import annotations

import gzip
from pathlib import Path

from newsmodel import ParseOptions, parse_html
from newsmodel._bylines import people_from_schema

NO_QUOTES = ParseOptions(extract_quotes=False)


def authors_of(html: str, url: str | None = None) -> list[str]:
    return [p.name for p in parse_html(html, url=url, options=NO_QUOTES).authors]


def test_recipe_author_person_wrote_the_page() -> None:
    # A recipe is the page's own text without being an article type: its Person wrote it.
    html = """<html><head><script type="application/ld+json">{"@context": "http://schema.org",
    "@type": "Recipe", "name": "Mandarin cake", "datePublished": "2008-05-01",
    "author": {"@type": "Person", "name": "jesusfreak"},
    "publisher": {"@type": "Organization", "name": "Chefkoch"},
    "review": [{"@type": "Review", "author": {"@type": "Person", "name": "Reader One"}}]}
    </script></head><body><h1>Mandarin cake</h1><p>Mix the quark.</p></body></html>"""
    assert authors_of(html, "https://www.chefkoch.example/rezepte/1/cake.html") == ["jesusfreak"]


def test_forum_posting_author_in_a_graph() -> None:
    html = """<html><head><script type="application/ld+json">{"@graph": [
    {"@type": "WebSite", "name": "Cat forum"},
    {"@type": "DiscussionForumPosting", "headline": "Pepe sheds a lot",
     "author": {"@type": "Person", "name": "Pepemaus"}, "datePublished": "2018-03-01"}]}
    </script></head><body><h1>Pepe sheds a lot</h1><p>Every night.</p></body></html>"""
    assert authors_of(html, "https://www.katzen.example/threads/pepe.1/") == ["Pepemaus"]


def test_recipe_author_that_is_a_string_or_the_site_names_no_one() -> None:
    # A string there names the site (``EAT SMARTER``); a Person named like the host is the site.
    html = """<html><head><script type="application/ld+json">[{"@type": "Recipe",
    "name": "Porridge", "author": "EAT SMARTER"}, {"@type": "HowTo", "name": "Chicken",
    "author": {"@type": "Person", "name": "Nestle Family"}}]</script></head>
    <body><h1>Porridge</h1><p>Oats.</p></body></html>"""
    assert authors_of(html, "https://www.nestle-family.example/recipe/porridge") == []


def test_the_sites_technical_account_is_never_the_author() -> None:
    # WordPress prints the account that posted (``admin``); the byline names the writer.
    html = """<html><head><script type="application/ld+json">{"@type": "NewsArticle",
    "headline": "Retention of title", "author": {"@type": "Person", "name": "admin"}}
    </script></head><body><article><h1>Retention of title</h1><div class="entry-content">
    <span class="entry-content__authors">Von <span>Tobias Kuske</span></span>
    <p>Text.</p></div></article></body></html>"""
    assert authors_of(html) == ["Tobias Kuske"]


def test_schema_person_named_admin_is_dropped() -> None:
    byline = people_from_schema([{"@type": "Person", "name": "Admin"}, "Jane Roe"])
    assert [p.name for p in byline.authors] == ["Jane Roe"]


def test_an_author_holding_the_sites_name_is_the_site() -> None:
    # ``EFC Bayrische Bembel`` (a club before the site's name) is the site, not a person.
    html = """<html><head><meta name="author" content="EFC Bayrische Bembel"></head><body>
    <h1>Match report</h1><p class="byline">Von Cooper</p><p>Text.</p></body></html>"""
    assert authors_of(html, "http://bayrische-bembel.example/article.php?id=504") == ["Cooper"]


def test_the_site_with_its_desk_gives_way_to_the_byline() -> None:
    html = """<html><head><meta name="author" content="JuraForum.de-Redaktion"></head>
    <body><h1>Housing benefit</h1><p class="author">Sebastian Einbock</p><p>Text.</p>
    </body></html>"""
    url = "https://www.juraforum.example/recht/wohngeld-1"
    assert authors_of(html, url) == ["Sebastian Einbock"]


def test_the_site_with_its_desk_is_kept_from_a_printed_byline_alone() -> None:
    # A printed desk credit that names the site (``Redaktion Polizeiticker Schweiz``) is what
    # the page says of its author when nothing names a person; a ``<meta>`` one is not.
    html = """<html><head><meta name="author" content="JuraForum.de-Redaktion"></head>
    <body><h1>Housing benefit</h1><p class="byline">JuraForum.de-Redaktion</p><p>Text.</p>
    </body></html>"""
    url = "https://www.juraforum.example/recht/wohngeld-1"
    assert authors_of(html, url) == ["JuraForum.de-Redaktion"]
    meta_only = html.replace('<p class="byline">JuraForum.de-Redaktion</p>', "")
    assert authors_of(meta_only, url) == []


def test_a_short_site_name_inside_a_personal_name_is_not_the_site() -> None:
    # ``lang`` is inside ``Langer``: names of fewer than eight letters are not looked for.
    html = """<html><head><meta name="author" content="Petra Langer"></head>
    <body><h1>Headline</h1><p>Text.</p></body></html>"""
    assert authors_of(html, "https://www.lang.example/a/1") == ["Petra Langer"]


def test_the_long_form_of_the_hosts_initials_is_the_site() -> None:
    # ``Deutsche Welle`` on ``dw.com``; the French byline opener ``Auteur :`` names the writer.
    html = """<html><head><meta name="author" content="Deutsche Welle"></head><body>
    <h1>Elephants</h1><div class="longText"><p>Auteur : Kossivi Tiassou</p>
    <p>Le texte.</p></div></body></html>"""
    assert authors_of(html, "https://www.dw.com/fr/elephants/a-6533123") == ["Kossivi Tiassou"]


def test_a_person_with_the_hosts_initials_is_kept_when_alone() -> None:
    # Only a name that gives way to another source is dropped; alone, the Person stays.
    html = """<html><head><script type="application/ld+json">{"@type": "NewsArticle",
    "headline": "Elephants", "author": {"@type": "Person", "name": "Dana Weiss"}}</script>
    </head><body><h1>Elephants</h1><p>Text.</p></body></html>"""
    assert authors_of(html, "https://www.dw.com/en/elephants/a-1") == ["Dana Weiss"]


def test_teaser_metadata_beside_the_headline_is_the_articles_byline() -> None:
    # The article's header styled with the site's teaser classes, next to its ``<h1>``.
    html = """<html><body><article class="row"><div class="col">
    <h1>It also matters how people die</h1>
    <div class="teaser-small__metadata"><p class="byline__author">
    <a class="cicero-red">MORITZ GATHMANN</a></p></div><p>Text of the article.</p></div>
    </article><div class="teaser-small"><h2>Other story</h2>
    <p class="byline__author"><a>Jane Roe</a></p></div></body></html>"""
    assert authors_of(html) == ["MORITZ GATHMANN"]


def test_teaser_away_from_the_headline_is_not_the_byline() -> None:
    html = """<html><body><article><h1>Headline</h1><p>Text of the article.</p></article>
    <section><div class="teaser-small__metadata"><p class="byline__author">Jane Roe</p></div>
    </section></body></html>"""
    assert authors_of(html) == []


def test_author_box_without_a_hyphen_names_the_author_when_no_byline_does() -> None:
    html = """<html><body><div class="introBox"><h1>Watch the match live</h1>
    <div class="authorbox"><div class="textblock"><span class="imagedefault">Dennis Kochinky
    </span></div></div></div><p>Text of the article.</p></body></html>"""
    assert authors_of(html) == ["Dennis Kochinky"]


def test_camel_case_author_class_holds_the_byline() -> None:
    # ``liveArticleAuthorDateBlock``: the date's and the author's labelled fields in one block.
    html = """<html><body><h1>Of language rules</h1><div class="liveArticleAuthorDateBlock">
    <span class="liveArticleAuthorDateBlockLabel">Datum:</span> 19.11.2021 <br>
    <span class="liveArticleAuthorDateBlockLabel">Autor:</span> Fritz Imhof<br>
    <span class="liveArticleAuthorDateBlockLabel">Quelle:</span> Livenet<br></div>
    <p>Text of the article.</p></body></html>"""
    assert authors_of(html) == ["Fritz Imhof"]


def test_camel_case_words_that_merely_contain_author_are_no_hint() -> None:
    html = """<html><body><h1>Headline</h1><div class="coauthoring">Jane Roe</div>
    <p>Text of the article.</p></body></html>"""
    assert authors_of(html) == []


def test_twitter_card_written_by_names_the_author() -> None:
    # Yoast SEO's card (a publisher convention): ``twitter:label1`` says what ``data1`` is.
    html = """<html><head><meta name="twitter:label1" content="Verfasst von">
    <meta name="twitter:data1" content="Karoline Herr">
    <meta name="twitter:label2" content="Geschätzte Lesezeit">
    <meta name="twitter:data2" content="6 Minuten"></head>
    <body><h1>Lost, but still here</h1><p>Text.</p></body></html>"""
    assert authors_of(html, "https://frolleinherr.example/thoughts/lost/") == ["Karoline Herr"]


def test_twitter_card_reading_time_names_no_one() -> None:
    html = """<html><head><meta name="twitter:label1" content="Est. reading time">
    <meta name="twitter:data1" content="6 minutes"></head>
    <body><h1>Headline</h1><p>Text.</p></body></html>"""
    assert authors_of(html) == []


def test_meta_author_gives_way_to_the_twitter_card() -> None:
    html = """<html><head><meta name="author" content="Jane Roe">
    <meta name="twitter:label1" content="Written by">
    <meta name="twitter:data1" content="John Doe"></head>
    <body><h1>Headline</h1><p>Text.</p></body></html>"""
    assert authors_of(html) == ["Jane Roe"]


def test_the_publisher_holding_the_sites_name_is_no_author_even_alone() -> None:
    # ``OÖ Volksblatt`` on ``volksblatt.at``: the site's name with the region before it.
    html = """<html><head><meta name="twitter:label1" content="Verfasst von">
    <meta name="twitter:data1" content="OÖ Volksblatt"></head>
    <body><h1>Alcohol</h1><p>Text.</p></body></html>"""
    assert authors_of(html, "https://volksblatt.at/alkoholkonsum/") == []


def test_an_article_by_opens_a_byline_without_a_byline_class() -> None:
    html = """<html><body><main><div class="module topArticle"><h1>Four exercises</h1>
    <div class="metaInfo">Ein Artikel von <strong>Pamela Sladky</strong> | 27.01.2022 - 12:45
    </div></div><p>Text of the article.</p></main></body></html>"""
    assert authors_of(html) == ["Pamela Sladky"]


def test_cited_works_authors_are_not_the_pages() -> None:
    # Microdata ``author`` metas inside a reference list's ``citation`` items.
    html = """<html><head><meta name="citation_author" content="Marwan H. Adwan"></head><body>
    <h1>Drug hypersensitivity</h1><p>Text.</p><ol>
    <li itemprop="citation" itemscope itemtype="http://schema.org/ScholarlyArticle">
    <meta itemprop="author" content="NH. Shear, SP. Spielberg, ">
    <meta itemprop="datePublished" content="1988">Shear NH, Spielberg SP. Anticonvulsant.</li>
    </ol></body></html>"""
    assert authors_of(html, "https://link.example/article/1") == ["Marwan H. Adwan"]


def test_an_outlets_address_is_no_author() -> None:
    html = """<html><head><meta name="author" content="Zeitung.de GmbH, Munich, Germany">
    </head><body><h1>Trains</h1><p class="byline">Von Markus Roe</p><p>Text.</p>
    </body></html>"""
    assert authors_of(html, "https://www.zeitung.example/a-1") == ["Markus Roe"]


def test_a_desks_credit_gives_way_to_the_printed_byline() -> None:
    # Arc-style pages put the desk in JSON-LD as a Person and print the reporter's name.
    html = """<html><head><script type="application/ld+json">{"@type": "NewsArticle",
    "headline": "Water vapour on Europa", "author": [{"@type": "Person", "name": "HNN Staff"}]}
    </script></head><body><h1>Water vapour on Europa</h1>
    <div class="byline-wrapper"><span class="byline">By</span>
    <h3 class="byline"><span>Lisa Kubota</span></h3></div>
    <p>NASA scientists using a telescope atop Mauna Kea have confirmed water vapour.</p>
    </body></html>"""
    assert authors_of(html, "https://www.hawaiinewsnow.example/2019/11/19/europa/") == [
        "Lisa Kubota"
    ]


def test_a_desks_credit_alone_is_kept() -> None:
    html = """<html><head><script type="application/ld+json">{"@type": "NewsArticle",
    "headline": "Road closed", "author": {"@type": "Person", "name": "HNN Staff"}}
    </script></head><body><h1>Road closed</h1><p>The road is closed until Monday.</p>
    </body></html>"""
    assert authors_of(html, "https://www.hawaiinewsnow.example/2019/11/19/road/") == ["HNN Staff"]


def test_two_names_that_spell_the_host_are_the_site() -> None:
    # ``Jobs & Hire`` splits at its ``&`` into two "names" that spell ``jobsnhire``.
    html = """<html><head><meta name="author" content="Jobs &amp; Hire"></head><body>
    <h1>What to know about the whitening kit</h1><div class="wrote_by">By
    <a href="/reporters/jose-de-la-cruz">Jose de la Cruz</a></div><p>Text.</p></body></html>"""
    assert authors_of(html, "http://www.jobsnhire.example/articles/1/kit.htm") == [
        "Jose de la Cruz"
    ]


def test_a_class_word_wrote_or_written_holds_the_byline() -> None:
    html = """<html><body><h1>Rates rise again</h1><div class="written-by">
    <a href="/people/jane-roe">Jane Roe</a></div><p>Text.</p></body></html>"""
    assert authors_of(html, "https://news.example/rates.html") == ["Jane Roe"]


def test_the_sites_name_after_a_persons_name_is_their_affiliation() -> None:
    html = """<html><head><meta property="og:site_name" content="Sputnik International">
    <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Lockdowns",
    "author": {"@type": "Person", "name": "Wilmer Leon. Sputnik International"}}</script>
    </head><body><h1>Lockdowns</h1><p>Text.</p></body></html>"""
    article = parse_html(html, url="https://sputnik.example/radio/1.html", options=NO_QUOTES)
    assert [(p.name, p.affiliation) for p in article.authors] == [
        ("Wilmer Leon", "Sputnik International")
    ]


def test_a_co_author_that_json_ld_leaves_out_is_kept() -> None:
    # JSON-LD names the first writer only; the meta tag and the printed byline name both.
    html = """<html><head><script type="application/ld+json">{"@type": "NewsArticle",
    "headline": "Single at Christmas", "author": {"@type": "Person", "name": "Sadhbh O'Sullivan"}}
    </script><meta name="author" content="Sadhbh O'Sullivan, Elisabeth Kochan"></head>
    <body><article><h1>Single at Christmas</h1>
    <div class="byline">By Sadhbh O'Sullivan, Elisabeth Kochan</div><p>Text.</p></article>
    </body></html>"""
    assert authors_of(html, "https://www.r29.example/de-de/single") == [
        "Sadhbh O'Sullivan",
        "Elisabeth Kochan",
    ]


def test_a_co_author_known_by_the_given_name_is_kept() -> None:
    html = """<html><head><script type="application/ld+json">{"@type": "NewsArticle",
    "headline": "Quarantine list", "author": {"@type": "Person", "name": "April Roach"}}
    </script><meta name="author" content="April Roach, Daniel O'Mahony"></head>
    <body><article><h1>Quarantine list</h1><p>Text.</p></article></body></html>"""
    assert authors_of(html, "https://www.standard.example/news/uk/list") == [
        "April Roach",
        "Daniel O'Mahony",
    ]


def test_more_names_of_one_source_that_are_no_writers_are_left_out() -> None:
    # The meta tag adds a publisher, a program and a place: none is a co-author.
    for extra in ("Prisma Média", "ACLU Racial Justice Program", "Porto Velho"):
        html = f"""<html><head><script type="application/ld+json">{{"@type": "NewsArticle",
        "headline": "Surnom", "author": {{"@type": "Person", "name": "Marie Merlet"}}}}
        </script><meta name="author" content="{extra}, Marie Merlet"></head>
        <body><article><h1>Surnom</h1><p>Text.</p></article></body></html>"""
        assert authors_of(html, "https://www.gala.example/surnom") == ["Marie Merlet"], extra


def test_the_printed_byline_wins_over_json_ld_that_names_someone_else() -> None:
    # JSON-LD names who filed the page; the byline and the meta tag both name the writers.
    html = """<html><head><script type="application/ld+json">{"@type": "NewsArticle",
    "headline": "Crash in Miami", "author": {"@type": "Person", "name": "Kathleen Ditton"}}
    </script><meta name="author" content="Jessica Holly, Gail Levy"></head>
    <body><article><h1>Crash in Miami</h1><div class="byline">By Jessica Holly, Gail Levy</div>
    <p>Text.</p></article></body></html>"""
    assert authors_of(html, "https://wsvn.example/news/local/crash/") == [
        "Jessica Holly",
        "Gail Levy",
    ]


def test_json_ld_keeps_its_author_when_only_the_byline_names_another() -> None:
    html = """<html><head><script type="application/ld+json">{"@type": "NewsArticle",
    "headline": "Crash in Miami", "author": {"@type": "Person", "name": "Kathleen Ditton"}}
    </script></head>
    <body><article><h1>Crash in Miami</h1><div class="byline">By Jessica Holly</div>
    <p>Text.</p></article></body></html>"""
    assert authors_of(html, "https://wsvn.example/news/local/crash/") == ["Kathleen Ditton"]


def test_outlets_in_printed_bylines_are_affiliations_not_people() -> None:
    # USA TODAY prints the writers and the paper in two spans of one attribution block.
    usa = """<html><head><title>Guards charged</title></head><body><article>
    <h1 class="title">Guards charged</h1><div class="byline-section"><div class="attribution">
    <span class="author"> Kevin Johnson and Kevin McCoy </span>
    <span class="publication"> USA TODAY </span></div></div>
    <p>Two guards were charged on Tuesday with falsifying records.</p></article></body></html>"""
    people = parse_html(usa, options=NO_QUOTES).authors
    assert [(p.name, p.affiliation) for p in people] == [
        ("Kevin Johnson", None),
        ("Kevin McCoy", "USA TODAY"),
    ]
    # A byline whose link text runs into the paper's name, and the paper after a comma.
    for byline in (
        'By <a href="/staff/rick-pearson">Rick Pearson</a>Chicago Tribune',
        'By <a href="/staff/rick-pearson">Rick Pearson</a>, Chicago Tribune',
    ):
        page = f"""<html><head><title>Vote</title></head><body><article><h1>Vote</h1>
        <div class="byline">{byline}</div><p>The council voted on Monday.</p>
        </article></body></html>"""
        people = parse_html(page, options=NO_QUOTES).authors
        assert [(p.name, p.affiliation) for p in people] == [("Rick Pearson", "Chicago Tribune")]


def test_a_byline_that_names_the_outlet_alone_names_no_one() -> None:
    # CBS prints the network where a writer's name would be: the publisher, not a person.
    html = """<html><head><meta property="og:site_name" content="CBS News"></head><body>
    <article><h1>Voters weigh in</h1><p class="byline">By CBS News</p>
    <p>Voters in South Carolina spoke to us on Monday.</p></article></body></html>"""
    article = parse_html(html, url="https://www.cbsnews.example/news/voters", options=NO_QUOTES)
    assert article.authors == ()
    assert article.publisher is not None
    assert article.publisher.name == "CBS News"


def test_benchmark_bylines_with_outlets(shared: Path) -> None:
    # Two of the 181 real pages: USA TODAY's attribution block and Florida Today's byline.
    folder = shared / "bench" / "article-extraction" / "html"
    expected = {
        "c58aa507": [("Kevin Johnson", None), ("Kevin McCoy", "USA TODAY")],
        "c81e134e": [("Elliot Brownstein", "Florida Today")],
    }
    for prefix, people in expected.items():
        (page,) = folder.glob(f"{prefix}*.html.gz")
        article = parse_html(gzip.decompress(page.read_bytes()), options=NO_QUOTES)
        assert [(p.name, p.affiliation) for p in article.authors] == people, page.name


def test_a_second_level_domain_is_not_the_sites_name() -> None:
    # ``co`` of ``telegraph.co.uk`` is the registry's, not the site's initials: a co-author
    # whose initials are C. O. is a person, and the site's own label is ``telegraph``.
    html = """<html><head><meta name="author" content="Jane Roe, Chris Oliver">
    <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Rail strike",
    "author": {"@type": "Person", "name": "Jane Roe"}}</script></head><body><article>
    <h1>Rail strike</h1><p class="byline">By Jane Roe and Chris Oliver</p>
    <p>Trains stopped on Monday across the country after the talks failed.</p>
    </article></body></html>"""
    for url in ("https://www.telegraph.co.uk/news/1", "https://www.smh.com.au/news/1"):
        assert authors_of(html, url) == ["Jane Roe", "Chris Oliver"], url


def test_a_printed_desk_credit_is_the_byline_though_it_names_no_one() -> None:
    # ``Von Redaktion``: the page credits its desk. No author, but the byline as printed.
    html = """<html><head><title>Road closed</title></head><body><article>
    <h1>Road closed</h1><p class="author">Von Redaktion, 24. Januar 2022</p>
    <p>Die Straße bleibt bis Freitag gesperrt, teilte die Stadt am Montag mit.</p>
    </article></body></html>"""
    article = parse_html(html, options=NO_QUOTES)
    assert article.authors == ()
    assert article.byline == "Von Redaktion, 24. Januar 2022"
