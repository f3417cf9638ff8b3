"""Extraction, one sentence shape per case: a short news-like text in, mentions out.

The texts are written for these tests (not taken from ../shared/seeds). Each case names
the action it is about; the test picks the mention with that action and compares the
fields the case cares about, so a failure shows the whole projected record.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import pytest

from pipeline.extract import TYPE_FAMILY
from pipeline.runner import run

PUBLISHED = "2025-11-11"


def project(mention, keys) -> dict:
    """The fields of a mention that a case states; `family` is the type family, `rate` a tuple,
    `rate_value` the figure alone."""
    out = {}
    for key in keys:
        if key == "family":
            out[key] = TYPE_FAMILY[mention.type]
        elif key == "rate":
            r = mention.rate
            out[key] = None if r is None else (r.value, r.unit, r.kind, r.previous)
        elif key == "rate_value":
            out[key] = None if mention.rate is None else mention.rate.value
        elif key == "products":
            out[key] = sorted(mention.products)
        else:
            out[key] = getattr(mention, key)
    return out


def steps(mentions):
    """Each mention as (imposer, type, action, effective): what several step tables assert."""
    return [(m.imposer, m.type, m.action, m.effective) for m in mentions]


def by_action(mentions, action: str):
    return [m for m in mentions if m.action == action]


def the_one(mentions, action: str) -> Optional[object]:
    found = by_action(mentions, action)
    return found[0] if len(found) == 1 else None


CASES = [
    pytest.param(
        "India banned exports of non-basmati white rice on July 20, 2023.", None, "impose",
        {"imposer": "IN", "family": "export", "products": ["non-basmati rice"], "effective": "2023-07-20"},
        id="imposition-with-effective-date"),
    pytest.param(
        "Thailand suspended its export duty on natural rubber until March 31, 2026.", None, "suspend",
        {"imposer": "TH", "family": "export", "products": ["natural rubber"], "expires": "2026-03-31"},
        id="suspension-with-expiry"),
    pytest.param(
        "Indonesia banned exports of bauxite on October 9.", PUBLISHED, "impose",
        {"imposer": "ID", "products": ["bauxite"], "effective": "2025-10-09"},
        id="year-less-date-from-publication"),
    pytest.param(
        "Thailand suspended its export duty on natural rubber until March 31.", PUBLISHED, "suspend",
        {"imposer": "TH", "expires": "2026-03-31"},
        id="year-less-expiry-lies-ahead"),
    pytest.param(
        "Malaysia banned exports of sugar on Friday.", PUBLISHED, "impose",
        {"imposer": "MY", "effective": "2025-11-07"},
        id="weekday-resolved-with-publication"),
    pytest.param(
        "Malaysia banned exports of sugar on Friday.", None, "impose",
        {"imposer": "MY", "products": ["sugar"], "effective": None},
        id="weekday-unresolved-without-publication"),
    pytest.param(
        "Indonesia suspended its palm oil export levy for 90 days.", None, "suspend",
        {"imposer": "ID", "family": "export", "duration": "P90D", "expires": None},
        id="duration-without-start-gives-no-expiry"),
    pytest.param(
        "Indonesia suspended its palm oil export levy for 90 days from July 15, 2022.", None, "suspend",
        {"duration": "P90D", "effective": "2022-07-15", "expires": "2022-10-13"},
        id="duration-with-start-gives-expiry"),
    pytest.param(
        "Turkey cut its import tariff on wheat from 25% to 10%.", None, "reduce",
        {"imposer": "TR", "family": "import", "products": ["wheat"], "rate": (10, "percent", "level", 25)},
        id="rate-from-to"),
    pytest.param(
        "Brazil imposed an import tariff on ethanol, capped at 15%.", None, "impose",
        {"imposer": "BR", "family": "import", "rate": (15, "percent", "cap", None)},
        id="rate-capped"),
    pytest.param(
        "Japan raised its tariff on beef imports by 5 percentage points.", None, "raise",
        {"imposer": "JP", "rate": (5, "percentage_points", "increase", None)},
        id="rate-increase-by"),
    pytest.param(
        "Exports of rice were banned by India on July 20, 2023.", None, "impose",
        {"imposer": "IN", "family": "export", "products": ["rice"], "effective": "2023-07-20"},
        id="passive-with-by-agent"),
    pytest.param(
        "Starting January 1, 2026, Mexico will raise tariffs on Chinese cars to 50%.", None, "raise",
        {"imposer": "MX", "targets": ["CN"], "effective": "2026-01-01", "rate": (50, "percent", "level", None)},
        id="fronted-date-and-target-adjective"),
    pytest.param(
        "The EU extended its steel safeguard for two years until June 30, 2026.", None, "extend",
        {"imposer": "EU", "products": ["steel"], "duration": "P2Y", "expires": "2026-06-30"},
        id="extension-with-duration-and-end"),
    pytest.param(
        "India's DGFT banned exports of onions on December 8, 2023.", None, "impose",
        {"imposer": "IN", "agency": "IN-DGFT", "effective": "2023-12-08"},
        id="agency-as-subject"),
    pytest.param(
        "India's commerce ministry banned exports of onions.", None, "impose",
        {"imposer": "IN", "products": ["onions"]},
        id="possessive-agency-subject"),  # regression: was read as "India's ... ban" (fixed in 48f6bf4)
    pytest.param(
        "China will require exporters of some graphite products to obtain permits from December 1, "
        "the commerce ministry said on Friday.", PUBLISHED, "impose",
        {"imposer": "CN", "family": "export", "products": ["graphite"], "effective": "2025-12-01",
         "announced": "2025-11-07"},
        id="licence-requirement-is-an-imposition"),
    pytest.param(
        "India's government reduced the export duty on parboiled rice to 10% from 20%.", None, "reduce",
        {"type": "export_duty", "products": ["parboiled rice"], "rate": (10, "percent", "level", 20)},
        id="verb-with-definite-object-is-no-participle"),  # was read as 'the [government] reduced duty'
    pytest.param(
        "The European Commission on Friday let its restrictions on imports of Ukrainian wheat and "
        "sunflower seed expire.", PUBLISHED, "lift",
        {"imposer": "EU", "family": "import", "products": ["sunflower seed", "wheat"], "targets": ["UA"]},
        id="let-restrictions-expire"),
    pytest.param(
        "President Trump on Wednesday ordered an additional 25% tariff on imports from India as a "
        "penalty for New Delhi's purchases of Russian oil, raising the total duty on Indian goods to 50%.",
        PUBLISHED, "raise",
        {"imposer": "US", "targets": ["IN"]},
        id="reason-clause-names-no-target"),
    pytest.param(
        "China will remove the anti-dumping duties it has charged on Australian barley since May 2020, "
        "the commerce ministry said on Friday.", PUBLISHED, "impose",
        {"imposer": "CN", "products": ["barley"], "announced": "2020-05", "effective": "2020-05"},
        id="imposition-told-in-a-relative-clause"),
    pytest.param(
        "Mexico agreed on Monday to pause for 30 days the 25% tariffs it ordered on Saturday on imports "
        "from Guatemala.", PUBLISHED, "impose",
        {"imposer": "MX", "announced": "2025-11-08", "rate": (25, "percent", "level", None)},
        id="rate-of-a-paused-measure-is-its-imposition-s"),
    pytest.param(
        "Slovakia's ban on imports of wheat and sunflower seed will run until the end of the year, the ministry said.",
        PUBLISHED, "impose",
        {"imposer": "SK", "products": ["sunflower seed", "wheat"], "expires": "2025-12-31"},
        id="possessive-measure-runs-until"),
    pytest.param(
        "The European Commission on Friday let its restrictions on imports of Ukrainian wheat expire.",
        PUBLISHED, "lift", {"announced": "2025-11-07", "effective": "2025-11-07"},
        id="weekday-already-past-is-announced"),
    pytest.param(
        "China on November 9 suspended a ban on exports of gallium to the United States that it imposed in "
        "December. The suspension runs until November 27, 2026.", None, "impose",
        {"imposer": "CN", "products": ["gallium"], "effective": "2025-12"},
        id="inferred-imposition-year-precedes-the-suspension"),
    pytest.param(
        "Kazakhstan will ban imports of wheat for six months from May 1, the ministry said.", PUBLISHED, "impose",
        {"imposer": "KZ", "type": "import_ban", "duration": "P6M", "effective": "2026-05-01"},
        id="modal-ban-is-a-verb"),
    pytest.param(
        "Pakistan has banned exports of sugar with immediate effect, the finance ministry said after a "
        "meeting of the cabinet on Tuesday.", PUBLISHED, "impose",
        {"imposer": "PK", "announced": "2025-11-11", "effective": "2025-11-11"},
        id="said-after-a-meeting-dates-the-decision"),
    pytest.param(
        "Argentina will cut export taxes on soybeans to 26% from 33%, and on soymeal and soyoil to 24.5% "
        "from 31%, from February 10.", PUBLISHED, "reduce",
        None, id="split-rates-share-a-trailing-date"),
    pytest.param(
        "ASTANA, November 11 (Example Wire) - Kazakhstan banned imports of wheat, the ministry said.", PUBLISHED,
        "impose", {"imposer": "KZ", "announced": None, "effective": None},
        id="wire-dateline-date-is-no-event-date"),
    pytest.param(
        "ASTANA, Nov 11 (Example Wire) - Kazakhstan banned imports of wheat, the ministry said on Monday.",
        PUBLISHED, "impose", {"imposer": "KZ", "announced": "2025-11-10"},
        id="wire-dateline-leaves-the-reported-day"),
    pytest.param(
        "South Africa imposed anti-dumping duties on frozen chicken from Brazil.", PUBLISHED, "impose",
        {"products": ["chicken"], "targets": ["BR"]}, id="product-kept-as-the-article-names-it"),
    pytest.param(
        "India imposed a safeguard duty on steel. The duty has been imposed on the basis of the final findings "
        "of the trade remedies directorate, issued on 18 March 2025.", PUBLISHED, "impose", {"announced": None},
        id="findings-issued-on-date-are-not-the-step"),
    pytest.param(
        "India's finance ministry has notified a safeguard duty of 12% on imports of flat steel products.", PUBLISHED,
        "impose", {"type": "import_tariff", "products": ["flat steel products"]},
        id="notified-duty-is-imposed-safeguard-duty-is-a-tariff"),
    pytest.param(
        "South Africa imposed duties on chicken from Brazil. The trade minister announced the decision on Monday.",
        PUBLISHED, "impose", {"announced": "2025-11-10"}, id="announced-the-decision-dates-the-step-before"),
    pytest.param(
        "South Africa's duties on chicken have been in place since 2000, and in March 2020 the general customs "
        "duty on chicken was raised to 62% from 37%.", PUBLISHED, "raise",
        {"imposer": "ZA", "announced": "2020-03", "rate": (62.0, "percent", "level", 37.0)},
        id="date-heading-a-later-clause-is-that-clause's"),
    pytest.param(
        "South Africa's duties on chicken from the United States have been in place since 2000.", PUBLISHED,
        "impose", {"targets": ["US"], "effective": "2000"}, id="target-of-a-subject-measure-before-its-verb"),
    pytest.param(
        "EU member states on Thursday gave final approval to tariffs on fertilisers from Russia.", PUBLISHED,
        "impose", {"imposer": "EU", "products": ["fertilisers"], "announced": "2025-11-06"},
        id="final-approval-to-tariffs-imposes-them"),
    pytest.param(
        "Chinese buyers have stayed away since Beijing imposed an anti-dumping deposit on Canadian canola in "
        "August.", PUBLISHED, "impose", {"imposer": "CN", "targets": ["CA"], "type": "import_tariff"},
        id="actor-between-a-target-adjective-and-the-verb"),
    pytest.param(
        "Last year Russia banned exports of gasoline on September 21.", "2024-05-22", "impose",
        {"announced": "2023-09-21", "effective": "2023-09-21"}, id="a-precise-date-refines-'last-year'"),
    pytest.param(
        "Ukraine's parliament voted this morning to introduce a 10% export duty on soybeans.", PUBLISHED, "impose",
        {"imposer": "UA", "announced": "2025-11-11"}, id="this-morning-is-the-news-day"),
    pytest.param(
        "Trump on Monday signed a proclamation imposing a 50% tariff on copper pipes. The duty applies from Friday.",
        PUBLISHED, "impose", {"announced": "2025-11-10", "effective": "2025-11-14"},
        id="applies-from-a-weekday-looks-ahead"),
    pytest.param(
        "The Netherlands announced export licensing for lithography machines on June 30, 2023, and the rules took effect "
        "on September 1, 2023.", PUBLISHED, "impose", {"announced": "2023-06-30", "effective": "2023-09-01"},
        id="took-effect-on-says-the-effective-date"),
    pytest.param(
        "Turkey said the policy targets Chinese electric cars, which have paid an extra 40% duty since March 2023.", PUBLISHED,
        "impose", {"imposer": "TR", "targets": ["CN"], "effective": "2023-03"}, id="have-paid-a-duty-since-is-its-imposition"),
    pytest.param(
        "Argentina on Monday removed the last remaining restrictions on beef exports. The decree takes effect from "
        "Tuesday.", "2025-06-06", "lift", {"announced": "2025-06-02", "effective": "2025-06-03"},
        id="start-weekday-follows-the-day-the-step-was-told"),
    pytest.param(
        "Sri Lanka will allow imports of private cars from Saturday, ending a ban that has kept new vehicles out.",
        PUBLISHED, "lift", {"imposer": "LK", "type": "import_ban", "effective": "2025-11-15"},
        id="allow-imports-lifts-the-ban"),
    pytest.param(
        "ARGENTINA | Last beef export curbs scrapped", PUBLISHED, "lift", {"imposer": "AR"},
        id="digest-label-names-who-acted"),
    pytest.param(
        "Taiwan puts Huawei and SMIC on its export blacklist", PUBLISHED, "impose", {"imposer": "TW"},
        id="headline-definite-measure-is-news"),
    pytest.param(
        "The US imposed anti-dumping duties on Canadian lumber in 2017. Last August, Commerce raised the combined "
        "rate to 14.4 per cent from 8.05 per cent.", PUBLISHED, "raise",
        {"imposer": "US", "announced": "2025-08", "rate": (14.4, "percent", "level", 8.05)},
        id="raising-the-rate-raises-the-article's-duty"),
    pytest.param(
        "China lifted its suspension of log imports from the United States on Monday.", PUBLISHED, "lift",
        {"type": "import_ban", "products": ["logs"], "targets": ["US"]}, id="lifting-a-suspension-of-imports"),
    pytest.param(
        "Canada is cutting the tariff rate quotas on steel imports from non-FTA countries to 50% of 2024 volumes.",
        PUBLISHED, "tighten", {"type": "quota"}, id="cutting-a-quota-tightens-it"),
    pytest.param(
        "Nigeria's President Tinubu has approved a ban on the export of raw shea nuts for six months.", PUBLISHED, "impose",
        {"imposer": "NG", "announced": PUBLISHED}, id="perfect-tense-lead-is-the-news-day"),
    pytest.param(
        "Saudi Arabia will raise customs duties on more than 3,000 imported products from December 20.", PUBLISHED,
        "raise", {"imposer": "SA", "announced": PUBLISHED, "effective": "2025-12-20"},
        id="future-tense-lead-is-the-news-day"),
    pytest.param(
        "Turkey to halt wheat imports until October\nAnkara will stop wheat imports from June 21, the Trade Ministry "
        "said last Friday.", PUBLISHED, "impose", {"imposer": "TR", "announced": "2025-11-07"},
        id="future-lead-dated-in-the-body-keeps-its-day"),
    pytest.param(
        "US to lift metals tariffs on Canada and Mexico", PUBLISHED, "lift", {"imposer": "US", "announced": PUBLISHED},
        id="headline-to-verb-is-the-news-day"),
    pytest.param(
        "Under Indonesia's new regulation, imports of cosmetics no longer need an import approval.", PUBLISHED, "lift",
        {"imposer": "ID", "type": "other", "products": ["cosmetics"]}, id="no-longer-need-an-approval-lifts-it"),
    pytest.param(
        "From Monday, Vietnam's rice exporters no longer require an export permit.", PUBLISHED, "lift",
        {"imposer": "VN", "type": "export_control", "products": ["rice"], "effective": "2025-11-17"},
        id="no-longer-require-a-permit-lifts-the-licensing"),
    pytest.param(
        "Mexico hit U.S. pork legs, apples, cheeses and flat steel with duties of 15% to 25% on June 5.", "2018-07-01",
        "impose", {"imposer": "MX", "targets": ["US"], "type": "import_tariff", "effective": "2018-06-05",
                   "products": ["apples", "cheese", "flat steel products", "pork"]},
        id="hit-goods-with-duties"),
    pytest.param(
        "Turkey's lemon exports have been made subject to prior registration with the Trade Ministry until 31 December.",
        "2020-11-20", "impose", {"imposer": "TR", "type": "export_control", "products": ["lemons"],
                                 "expires": "2020-12-31"}, id="exports-made-subject-to-prior-registration"),
    pytest.param(
        "Nigeria has approved a ban on the export of raw shea nuts. The President also approved a 12-month waiver "
        "of import duty on processing machinery.", PUBLISHED, "suspend", {"announced": PUBLISHED, "duration": "P1Y"},
        id="also-approved-a-waiver-is-the-same-news"),
    pytest.param(
        "On Thursday China added 28 US entities to its export control list.", PUBLISHED, "impose",
        {"imposer": "CN", "type": "entity_listing", "targets": ["US"]}, id="export-control-list-is-an-entity-list"),
    pytest.param(
        "On December 3, in response to Washington's latest chip curbs, Beijing banned exports of gallium to the "
        "United States.", PUBLISHED, "impose", {"imposer": "CN", "type": "export_ban", "targets": ["US"]},
        id="fronted-reason-clause-is-the-other-side's"),
    pytest.param(
        "Last month, Kenya's treasury suspended import duty on wheat for six months.", PUBLISHED, "suspend",
        {"imposer": "KE", "products": ["wheat"], "duration": "P6M"}, id="a-government-noun-is-a-subject-not-a-modifier"),
    pytest.param(
        "Kenya's cabinet banned imports of genetically modified (GM) foods in November 2012.", PUBLISHED, "impose",
        {"products": ["genetically modified foods"], "effective": "2012-11"}, id="gm-foods"),
    pytest.param(
        "Trump on Thursday signed an order that lowers the tariff on Japanese cars to 15%, putting into effect the "
        "trade deal the two allies struck in July.", "2025-09-05", "reduce",
        {"announced": "2025-09-04", "effective": None}, id="a-deal's-date-is-not-the-step's"),
    pytest.param(
        "India will let its mills export 1 million tonnes of sugar this season, the food ministry said on Monday.",
        PUBLISHED, "impose", {"imposer": "IN", "type": "quota", "products": ["sugar"], "announced": "2025-11-10"},
        id="a-volume-let-out-is-a-quota"),
    pytest.param(
        "Under the deal, Britain will let in 13,000 tonnes of US beef a year duty-free.", PUBLISHED, "lift",
        {"imposer": "GB", "type": "import_tariff", "targets": ["US"], "products": ["beef"]},
        id="a-volume-let-in-duty-free-lifts-a-tariff"),
    pytest.param(
        "India has not allowed sugar exports since October 2023.", PUBLISHED, "impose",
        {"imposer": "IN", "type": "export_ban", "effective": "2023-10"}, id="not-allowed-since-is-a-ban"),
    pytest.param(
        "Kazakhstan also banned the export of bitumen by truck for six months from 1 June.", "2025-05-28", "impose",
        {"imposer": "KZ", "products": ["bitumen"], "effective": "2025-06-01"}, id="a-means-of-transport-is-no-product"),
    pytest.param(
        "The Indian government on Thursday scrapped the licensing requirement it had imposed on imports of laptops.",
        PUBLISHED, "lift", {"imposer": "IN", "type": "other", "products": ["laptops"]},
        id="import-licensing-is-other"),
    pytest.param(
        "China will impose anti-dumping duties of up to 34.9% on brandy from the EU, in a move widely seen as "
        "retaliation for the EU's tariffs on Chinese electric cars.", PUBLISHED, "impose",
        {"imposer": "CN", "products": ["brandy"], "targets": ["EU"]}, id="trailing-reason-clause-is-the-other-side's"),
    pytest.param(
        "In Indonesia, the export levy on crude palm oil was raised to 10% of the reference price on May 17.",
        PUBLISHED, "raise", {"imposer": "ID", "type": "export_duty"}, id="in-country-comma-names-the-actor"),
    pytest.param(
        "Japanese cars and light trucks have carried a 25% Section 232 US tariff since April 3.", PUBLISHED, "impose",
        {"imposer": "US", "products": ["cars", "motor vehicles"], "effective": "2025-04-03"}, id="carried-a-tariff-since"),
    pytest.param(
        "Argentina's economy minister raised the PAIS tax on payments for most imports of goods to 17.5% from 7.5%.",
        PUBLISHED, "raise", {"imposer": "AR", "type": "import_tariff"}, id="a-tax-on-imports-is-a-tariff"),
    pytest.param(
        "Canada and Mexico will drop the retaliatory duties they imposed on American goods, Ottawa said on Friday.",
        PUBLISHED, "lift", {"type": "import_tariff", "announced": "2025-11-07"}, id="drop-the-duties-lifts-them"),
    pytest.param(
        "The White House order signed Nov. 5 drops the last 10% 'fentanyl' tariff on Chinese goods from Nov. 10.",
        PUBLISHED, "lift", {"imposer": "US", "targets": ["CN"], "effective": "2025-11-10"},
        id="drop-a-rated-quoted-tariff-lifts-it"),
    pytest.param(
        "Canada will eliminate its surtax on U.S. steel by Monday.", PUBLISHED, "lift",
        {"imposer": "CA", "type": "import_tariff"}, id="eliminate-lifts"),
    pytest.param(
        "From 30 June, up to 100,000 British cars a year will enter the United States at a tariff of 10%, down "
        "from 27.5%.", PUBLISHED, "reduce", {"imposer": "US", "effective": "2026-06-30"}, id="a-rate-down-from-a-rate"),
    pytest.param(
        "The White House said UK aerospace products, including engines, will come in duty-free from June 30.",
        PUBLISHED, "lift", {"imposer": "US", "type": "import_tariff"}, id="will-come-in-duty-free"),
    pytest.param(
        "In Santiago, Chile's Finance Ministry on Tuesday published a decree setting anti-dumping duties on steel "
        "grinding balls from China.", PUBLISHED, "impose", {"imposer": "CL", "targets": ["CN"]},
        id="a-country's-named-ministry-acts-for-it"),
    pytest.param(
        "India has changed the basic customs duty (BCD) on solar cells. Under the revised schedule, the BCD on "
        "solar modules was cut to 20% from 40%.", PUBLISHED, "reduce",
        {"imposer": "IN", "type": "import_tariff", "products": ["solar panels"]}, id="an-abbreviation-the-article-defines"),
    pytest.param(
        "The Centre has cut the import duty on crude palm oil to 10%.", PUBLISHED, "reduce",
        {"imposer": "IN"}, id="the-centre-is-india's-government"),
    pytest.param(
        "The Ministry of Commerce and the General Administration of Customs said exports of samarium would require "
        "export licences.", PUBLISHED, "impose", {"imposer": "CN", "targets": []}, id="an-agency-is-no-target-adjective"),
    pytest.param(
        "Russia will limit wheat exports outside the Eurasian Economic Union to 10.6 million tonnes between "
        "mid-February and the end of June.", "2024-12-27", "impose",
        {"imposer": "RU", "type": "quota", "products": ["wheat"]}, id="limit-exports-to-a-volume-is-a-quota"),
    pytest.param(
        "China said on Saturday that Canadian pork and seafood will face a 25 per cent levy from March 20.",
        "2025-03-10", "impose", {"imposer": "CN", "type": "import_tariff", "effective": "2025-03-20"},
        id="will-face-a-levy"),
    pytest.param(
        "The Cabinet of Ministers of Ukraine set export quotas of zero for oats, millet and buckwheat.", PUBLISHED,
        "impose", {"imposer": "UA", "type": "export_ban"}, id="a-zero-quota-is-a-ban"),
    pytest.param(
        "Since the Russian invasion began, Ukraine's government has moved quickly. The cabinet set export licences "
        "for wheat and maize.", PUBLISHED, "impose", {"imposer": "UA", "type": "export_control"},
        id="the-government-named-is-the-subject-not-the-adjective"),
    pytest.param(
        "The quota sits on top of Russia's floating export duty on wheat, which has been in place since 2 June 2021.",
        PUBLISHED, "impose", {"imposer": "RU", "type": "export_duty", "effective": "2021-06-02"},
        id="a-floating-duty-is-no-hedge"),
    pytest.param(
        "Ottawa put those duties on U.S. steel in place on July 1 last year, Canada Day.", "2019-05-17", "impose",
        {"imposer": "CA", "announced": "2018-07-01", "effective": "2018-07-01"}, id="month-day-last-year-is-one-date"),
    pytest.param(
        "In February, China put tungsten, tellurium, bismuth and indium under export licensing.", PUBLISHED, "impose",
        {"imposer": "CN", "type": "export_control", "products": ["bismuth", "indium", "tellurium", "tungsten"],
         "effective": "2025-02"}, id="put-under-licensing"),
    pytest.param(
        "MANILA - The Department of Agriculture has banned imports of onions until May 31.",
        PUBLISHED, "impose", {"imposer": "PH", "agency": None}, id="a-shared-agency-name-is-the-article-government"),
    pytest.param(
        "WASHINGTON - The U.S. Department of Agriculture said the Department of Agriculture banned imports of "
        "poultry from Brazil.", PUBLISHED, "impose", {"imposer": "US", "agency": "US-USDA"},
        id="a-shared-agency-name-keeps-its-usual-government"),
    pytest.param(
        "RIYADH - Saudi Arabia lifted its ban on Polish poultry. Kuwait's Ministry of Commerce and Industry extended "
        "its ban on exports of iron scrap for one year.", PUBLISHED, "extend", {"imposer": "KW", "targets": []},
        id="a-shared-agency-name-after-its-government-is-that-governments"),
    pytest.param(
        "Morocco halted exports of tomatoes. The Saudi Food and Drug Authority on Wednesday suspended imports of "
        "poultry from Argentina after the country reported an outbreak of bird flu, and lifted a ban on poultry "
        "from Poland.", PUBLISHED, "lift", {"imposer": "SA", "targets": ["PL"]},
        id="a-subordinate-clause-subject-does-not-act-after-it"),
    pytest.param(
        "EU imports of Russian natural and synthetic diamonds have been prohibited since 1 January 2024.", PUBLISHED,
        "impose", {"imposer": "EU", "type": "import_ban", "effective": "2024-01-01"},
        id="who-imports-is-no-target-and-prohibited-is-a-step"),
    pytest.param(
        "The EU agreed its twelfth package on Monday. The package bans imports of Russian pig iron.", PUBLISHED,
        "impose", {"imposer": "EU", "type": "import_ban", "products": ["pig iron"]}, id="bans-a-flow-is-a-verb"),
    pytest.param(
        "Frozen American beef headed for Japan will pay a tariff of 50 percent from Tuesday.", "2017-07-31",
        "impose", {"imposer": "JP", "type": "import_tariff", "products": ["beef"], "effective": "2017-08-01"},
        id="frozen-goods-are-no-suspension"),
    pytest.param(
        "Russia suspended its gasoline export ban until June 30. The suspension means cargoes are offered for June "
        "loading.", "2024-05-22", "suspend", {"effective": None, "expires": "2024-06-30"},
        id="a-dated-cargo-dates-no-step"),
    pytest.param(
        "Ukraine's government backed the bill. Parliament adopted Law No. 325-VIII on 9 April 2015, imposing a "
        "ten-year moratorium on exports of unprocessed timber.", PUBLISHED, "impose",
        {"imposer": "UA", "type": "export_ban", "products": ["timber"], "effective": "2015-04-09", "duration": "P10Y"},
        id="a-gerund-tells-what-a-law-adopted-did"),
    pytest.param(
        "Beijing protested at once. Huawei Technologies was put on the entity list in May 2019.", PUBLISHED,
        "impose", {"imposer": "US", "type": "entity_listing", "effective": "2019-05"},
        id="the-entity-list-is-the-us-list"),
    pytest.param(
        "Washington acted. PVH was put on the unreliable entity list in February.", PUBLISHED,
        "impose", {"imposer": "CN", "type": "entity_listing"}, id="the-unreliable-entity-list-is-china-s"),
    pytest.param(
        "Thailand halted imports of plastic scrap in June 2018. The raids followed a flood of waste redirected to "
        "Asia after China shut its own doors to foreign scrap. A complete ban was meant to take effect in 2021, but "
        "it was put off in 2020.", PUBLISHED, "postpone",
        {"imposer": "TH"}, id="a-government-in-an-after-clause-is-no-subject"),
    pytest.param(
        "From 30 June, up to 100,000 British-built cars a year will enter the United States at a tariff of 10%, down "
        "from 27.5%. UK aerospace products will come in duty-free from the same date.", "2025-06-20", "lift",
        {"imposer": "US", "type": "import_tariff", "effective": "2025-06-30"}, id="from-the-same-date"),
    pytest.param(
        "Shipments of fresh tomatoes from Mexico will have to pay an antidumping duty of 17.09% from July 14, the "
        "Commerce Department said.", "2025-04-15", "impose",
        {"imposer": "US", "targets": ["MX"], "type": "import_tariff", "effective": "2025-07-14"},
        id="will-have-to-pay-and-goods-from"),
    pytest.param(
        "The US withdrew from the agreement. From July 14, most fresh tomatoes from Mexico will be subject to "
        "antidumping duties of 17.09%.", "2025-04-15", "impose", {"type": "import_tariff", "effective": "2025-07-14"},
        id="will-be-subject-to"),
    pytest.param(
        "Colombia's Mines and Energy Ministry suspended electricity sales to Ecuador with immediate effect.",
        "2025-01-25", "impose", {"imposer": "CO", "targets": ["EC"], "type": "export_ban"},
        id="halting-sales-abroad-is-an-export-ban"),
    pytest.param(
        "Japan said on Tuesday it would ban exports to 29 more organisations in Russia.", "2023-11-03", "impose",
        {"imposer": "JP", "type": "entity_listing"}, id="a-ban-on-counted-parties-is-a-listing"),
    pytest.param(
        "Mexico published a decree abrogating the 2023 ban on genetically modified corn imports.", "2025-02-14",
        "lift", {"imposer": "MX", "type": "import_ban", "products": ["corn"]}, id="abrogating-lifts"),
    pytest.param(
        "From 1 January 2024, Switzerland abolishes all customs duties on cars.", "2023-12-20", "lift",
        {"imposer": "CH", "type": "import_tariff", "effective": "2024-01-01"}, id="every-form-of-a-verb"),
    pytest.param(
        "The US President signed a proclamation on Wednesday pushing back by one year the tariff increases on "
        "upholstered furniture.", "2026-01-02", "postpone",
        {"imposer": "US", "products": ["upholstered furniture"], "announced": "2025-12-31"},
        id="the-increase-put-off-is-what-is-postponed"),
    pytest.param(
        "Parliament approved the abolition of Swiss tariffs on cars on 1 October 2021.", "2023-12-20", "lift",
        {"imposer": "CH", "announced": "2021-10-01"}, id="a-decision-told-as-done-is-announced-that-day"),
    pytest.param(
        "The EU imposed retaliatory tariffs on US steel. The Commission suspended them for ninety days on 14 April.",
        "2025-08-06", "suspend", {"imposer": "EU", "type": "import_tariff", "effective": "2025-04-14",
                                  "products": ["steel"]}, id="a-pronoun-object-is-the-measure-told"),
    pytest.param(
        "US President Donald Trump on Monday signed a proclamation suspending the country's duty-free AGOA benefits "
        "for apparel from Rwanda.", "2018-07-31", "impose",
        {"imposer": "US", "targets": ["RW"], "type": "import_tariff"}, id="withdrawing-a-benefit-restricts"),
    pytest.param(
        "From July 1, Pakistan's additional customs duties will be cut by two percentage points.", "2025-06-30",
        "reduce", {"imposer": "PK", "type": "import_tariff", "effective": "2025-07-01"}, id="a-future-passive"),
    pytest.param(
        "Washington agreed to lift its steel tariffs on Canada. Under the statement, the U.S. duties will be "
        "removed no later than Monday, May 20.", "2019-05-17", "lift",
        {"imposer": "US", "announced": None, "effective": "2019-05-20"}, id="a-step-to-come-is-not-announced-then"),
    pytest.param(
        "Beijing announced last Thursday that exporters would need a government licence to ship antimony ores.",
        "2024-08-20", "impose", {"imposer": "CN", "type": "export_control", "announced": "2024-08-15"},
        id="a-licence-announced-is-a-new-export-control"),
    pytest.param(
        "China tightened export controls on graphite. Licences have been required for some graphite products since "
        "Dec. 1, 2023.", "2024-08-20", "impose", None, id="licences-required-since"),
    pytest.param(
        "Commerce set a preliminary antidumping duty of 93.5% on imports of the material from China.", "2025-07-18",
        "impose", {"imposer": "US", "targets": ["CN"], "rate": (93.5, "percent", "level", None)},
        id="commerce-alone-is-the-us-department"),
    pytest.param(
        "On March 23, 2022, USTR reinstated 352 of those exclusions, retroactive to October 12, 2021.", "2025-05-31",
        "suspend", {"imposer": "US", "type": "import_tariff", "announced": "2022-03-23", "effective": "2021-10-12"},
        id="reinstated-exclusions-relax-retroactively"),
    pytest.param(
        "The United States will remove the 10% tariff it slapped on Canadian aluminum last month, retroactive to "
        "Sept. 1, USTR said on Tuesday.", "2020-09-15", "lift",
        {"imposer": "US", "announced": "2020-09-15", "effective": "2020-09-01"}, id="retroactive-looks-back"),
    pytest.param(
        "Washington is closing the de minimis loophole for every country. China lost de minimis treatment first. "
        "A February 1 executive order ended it for Chinese goods from February 4, but the change lasted only three "
        "days: on February 7 the administration restored de minimis for those shipments.", "2025-08-01", "suspend",
        {"type": "import_tariff", "imposer": "US", "announced": "2025-02-07"},
        id="restoring-a-benefit-relaxes-and-a-clause-keeps-its-date"),
    pytest.param(
        "In a decree published on April 3, Ankara cut its import duties on wheat to zero.", "2020-04-21", "reduce",
        {"imposer": "TR", "announced": "2020-04-03", "effective": "2020-04-03"},
        id="a-done-step-applies-the-day-it-is-published"),
    pytest.param(
        "Vietnam cut import taxes on cars, ethanol and LNG. Under the decree, the rate on undenatured ethyl alcohol "
        "is cut from 10% to 5%. The rate on LNG is lowered from 5% to 2%.", "2025-04-01", "reduce", None,
        id="a-rate-as-passive-subject"),
    pytest.param(
        "Argentina suspended beef exports in March 2006. In December 2019 the president raised the soybean duty to "
        "30%.", "2021-06-01", "raise", {"imposer": "AR", "type": "export_duty", "effective": "2019-12"},
        id="a-bare-duty-in-a-story-of-export-measures"),
    pytest.param(
        "Turkey imposed additional duties of up to 30% on steel imports except those from the European Union.",
        "2020-04-21", "impose", {"imposer": "TR", "targets": []}, id="an-exempted-government-is-no-target"),
    pytest.param(
        "Washington ends Turkey's designation as a beneficiary of the Generalized System of Preferences from May 17.",
        "2019-05-17", "impose", {"imposer": "US", "targets": ["TR"], "type": "import_tariff", "effective": "2019-05-17"},
        id="ending-a-benefit-its-holder-is-the-target"),
    pytest.param(
        "The UK cut its tariffs on US beef on 1 May. The US introduced a 25% tariff on imported cars on 3 April, "
        "on top of its standard 2.5% duty, which threatened a sector that sends around a fifth of its exports to "
        "the US.",
        "2025-06-30", "impose", {"imposer": "US", "targets": []},
        id="the-subject-acts-though-named-again-later"),
    pytest.param(
        "Washington paused the higher reciprocal tariffs on April 9 for 90 days. An executive order signed on Monday "
        "pushed back to Aug. 1 the end of the pause.", "2025-07-11", "extend",
        {"imposer": "US", "announced": "2025-07-07", "expires": "2025-08-01"}, id="pushing-back-the-end-of-a-pause"),
    pytest.param(
        "India raised the import duty on gold from $0.20 to $2.50 per kilogramme, and on silver to €3 per kg.",
        "2018-03-01", "raise", None, id="money-per-unit-in-other-currencies"),
    pytest.param(
        "Chile put provisional anti-dumping duties on imported steel grinding bars and forged grinding balls on "
        "Tuesday.", "2024-04-25", "impose", {"imposer": "CL", "type": "import_tariff", "products": ["grinding media"]},
        id="bars-before-and-are-goods-not-a-ban"),
    pytest.param(
        "Chile's new grinding media duties\n\nChilean copper mines will pay more for Chinese grinding balls after "
        "the government put provisional anti-dumping duties on them. Peru has no comparable case open.",
        "2024-04-25", "impose", {"imposer": "CL", "targets": ["CN"], "products": ["grinding media"]},
        id="a-product-naming-mines-is-no-target-and-the-first-step-is-the-homes"),
    pytest.param(
        "Vietnam cut import taxes on US goods on Thursday. For chicken leg quarters, the tax is reduced to 15%, "
        "from 20% previously.", "2025-06-20", "reduce", None, id="the-tax-as-passive-subject-with-its-rates"),
    pytest.param(
        "Vietnam cut import taxes on US goods on Thursday. Import duties on raisins are adjusted to 8% from 12%. Frozen chicken legs, now taxed "
        "at 15% instead of 20%, get cheaper.", "2025-06-20", "reduce", None, id="two-figures-tell-the-direction"),
    pytest.param(
        "Argentina raised export duties on soybeans in 2019. In March last year soybeans went up again, to 33% "
        "from 30%.", "2024-05-02", "raise", None, id="the-goods-as-subject-of-a-rate-move"),
    pytest.param(
        "Kazakhstan banned live cattle exports last year. The ministry said on Monday it will replace the ban on "
        "exports of live cattle with a quota of 30,000 head.", "2023-05-02", "lift",
        {"imposer": "KZ", "type": "export_ban", "products": ["cattle"], "announced": "2023-05-01"},
        id="replacing-a-ban-with-a-quota-lifts-the-ban"),
    pytest.param(
        "In 2013 Zimbabwe lifted the ban on raw chrome ore exports and replaced it with a 20% export duty.",
        "2013-05-02", "lift", {"imposer": "ZW", "type": "export_ban", "effective": "2013"},
        id="lifted-and-replaced-it-is-one-lift"),
    pytest.param(
        "Kenya's budget introduced, for the first time, an export duty on wet blue leather of 10 per cent.",
        "2017-06-10", "impose", {"imposer": "KE", "type": "export_duty", "products": ["leather"]},
        id="an-aside-between-commas-keeps-the-object"),
    pytest.param(
        "Switzerland adopted the package on Friday. Export bans are extended to further goods, including "
        "chemicals and plastics.", "2024-06-28", "tighten",
        {"imposer": "CH", "type": "export_ban"}, id="extended-to-further-goods-widens-the-ban"),
    pytest.param(
        "METI will add 29 Russian organizations and 22 organizations in third countries to the list of end users "
        "subject to export bans.", "2025-01-10", "impose", {"imposer": "JP", "type": "entity_listing"},
        id="a-list-of-end-users-is-an-entity-list"),
    pytest.param(
        "Ghana has once more banned the harvesting, transport and export of rosewood, the minister said on Monday.",
        "2019-06-10", "impose", {"imposer": "GH", "type": "export_ban", "products": ["rosewood"]},
        id="rosewood-is-a-product"),
    pytest.param(
        "The ministry said on Tuesday that Kazakhstan will replace the ban on exports of live cattle, in force since "
        "April, with a quota from 1 November.", "2024-10-18", "lift",
        {"imposer": "KZ", "type": "export_ban", "announced": "2024-10-15", "effective": None},
        id="a-replaced-ban-in-force-since-a-date-ends-later"),
    pytest.param(
        "Kenya decided not to renew the duty waiver on maize imports, which lapsed on Sunday.", "2024-01-05",
        "impose", {"imposer": "KE", "type": "import_tariff", "products": ["maize"]}, id="a-waiver-not-renewed-ends"),
    pytest.param(
        "Brazil cut import tariffs in 2021. In December the government declined to renew the reduction.",
        "2024-01-05", "raise", {"imposer": "BR", "type": "import_tariff", "effective": "2023-12"},
        id="a-cut-not-renewed-raises-the-rate-again"),
    pytest.param(
        "The Albanese Government will keep the additional 35 per cent tariff on goods imported from Russia and "
        "Belarus in place for a further two years.", "2023-10-20", "extend",
        {"imposer": "AU", "type": "import_tariff", "duration": "P2Y"}, id="keeping-a-measure-for-a-further-two-years"),
    pytest.param(
        "Australia first applied the duty on 25 April 2022. Later it kept it in place for another 12 months.",
        "2023-10-20", "extend", {"imposer": "AU", "type": "import_tariff", "duration": "P1Y"},
        id="keeping-it-in-place-for-a-while"),
    pytest.param(
        "Ecuador imposed surcharges of up to 45% in March 2015. The top rate was trimmed to 40% in January.",
        "2016-04-20", "reduce", {"imposer": "EC", "effective": "2016-01"}, id="the-top-rate-as-passive-subject"),
    pytest.param(
        "Ukraine banned exports of unprocessed timber in 2015. In 2018 lawmakers widened it to cover firewood.",
        "2024-02-12", "tighten", {"imposer": "UA", "products": ["firewood"], "effective": "2018"},
        id="widened-it-to-cover-firewood"),
    pytest.param(
        "MOFCOM placed technologies for rare earth mining, smelting and separation, metal production, magnet "
        "manufacturing and the recycling of rare earth scrap under export control on October 9.", "2025-10-10",
        "impose", {"imposer": "CN", "type": "export_control", "effective": "2025-10-09"},
        id="placed-a-long-list-under-control-with-scrap-as-goods"),
    pytest.param("Paraguay pauses tomato and pepper import permits", "2021-07-16", "impose",
                 {"imposer": "PY", "type": "import_ban"}, id="paused-import-permits-are-a-ban"),
    pytest.param("Ottawa halts coastal cedar log permits, caps 2027 exports", "2026-10-15", "impose",
                 {"imposer": "CA", "type": "export_ban", "products": ["logs"]},
                 id="halted-permits-of-the-flow-the-sentence-names-are-a-ban"),
    pytest.param(
        "Paraguay's agriculture ministry will stop issuing import permits for fresh tomatoes from Monday.",
        "2021-07-16", "impose", {"imposer": "PY", "type": "import_ban", "effective": "2021-07-19"},
        id="no-permits-issued-is-a-ban"),
    pytest.param("Japan added 23 types of chipmaking equipment to its control list from July 23, 2023.", "2024-03-01",
                 "impose", {"imposer": "JP", "type": "export_control", "effective": "2023-07-23"},
                 id="goods-added-to-a-control-list-are-controlled"),
    pytest.param("China adds AI algorithms to export control list", "2020-08-30", "impose",
                 {"imposer": "CN", "type": "export_control"}, id="technologies-on-the-export-control-list"),
    pytest.param(
        "The US raised tariffs on Chinese solar cells in September. The rate on Chinese semiconductors is scheduled "
        "to rise to 50% on Jan. 1.", "2024-12-15", "raise", None, id="a-rate-on-goods-as-subject-rises"),
    pytest.param(
        "India raised the import duty on gold in 2019. The rate was brought back down to 7.5% in the budget "
        "presented on Feb. 1, 2021.", "2022-07-02", "reduce", {"imposer": "IN", "effective": "2021-02-01"},
        id="brought-back-down"),
    pytest.param(
        "Jordan halted potato imports in December. On Thursday the ministry said imports of potatoes would resume on "
        "Sunday.", "2024-03-08", "lift",
        {"imposer": "JO", "type": "import_ban", "announced": "2024-03-07", "effective": "2024-03-10"},
        id="imports-would-resume-on-a-weekday-after-the-news"),
    pytest.param("Iraq's agriculture ministry prevented the import of fish for the first time in March 2018.",
                 "2019-11-05", "impose", {"imposer": "IQ", "type": "import_ban", "effective": "2018-03"},
                 id="prevented-the-import"),
    pytest.param(
        "The Netherlands imposed licence requirements on advanced chip tools in 2023. In September 2024 it expanded "
        "the controls to more lithography systems.", "2025-01-16", "tighten",
        {"imposer": "NL", "type": "export_control", "effective": "2024-09"},
        id="licences-and-controls-on-goods-with-no-flow-named-are-export-controls"),
    pytest.param("The DGFT amended the export policy of HCQ from 'free' to 'prohibited' on March 25.", "2020-04-07",
                 "impose", {"imposer": "IN", "type": "export_ban", "products": ["hydroxychloroquine"],
                            "effective": "2020-03-25"}, id="export-policy-from-free-to-prohibited"),
    pytest.param("The government amended the export policy of onions from “prohibited” to “free”, the DGFT "
                 "said on Friday.", "2024-05-04", "lift", {"imposer": "IN", "type": "export_ban", "products": ["onions"]},
                 id="export-policy-from-prohibited-to-free"),
    pytest.param('India amended the export policy for wheat flour from "prohibited" to "free" last year.', "2025-11-20",
                 "lift", {"imposer": "IN", "type": "export_ban", "effective": "2024"},
                 id="export-policy-from-prohibited-to-free-not-a-new-prohibition"),
    pytest.param("India has amended the export policy of onions from free to restricted.", "2024-05-04", "impose",
                 {"imposer": "IN", "type": "export_control"}, id="export-policy-from-free-to-restricted"),
    pytest.param("In that episode, Jakarta banned exports of crude palm oil from April 28, 2022, before lifting the ban "
                 "on May 23 that year.", "2025-01-10", "lift",
                 {"imposer": "ID", "type": "export_ban", "effective": "2022-05-23"}, id="before-lifting-is-a-step"),
    pytest.param("Jakarta banned exports of crude palm oil from April 28, 2022, in a bid to cool prices, and lifted the "
                 "ban on May 23.", "2025-01-10", "lift",
                 {"imposer": "ID", "announced": "2022-05-23", "effective": "2022-05-23"},
                 id="a-purpose-clause-ends-at-the-next-clause"),
    pytest.param("China will stop charging the extra tariffs of up to 15% it has levied on a long list of U.S. farm "
                 "goods from Nov. 10.", "2025-11-05", "lift", {"imposer": "CN", "effective": "2025-11-10"},
                 id="a-coming-start-after-a-relative-clause-is-the-lifts"),
    pytest.param("India banned exports of non-basmati white rice in July 2023. Shares of listed rice exporters rallied "
                 "on Monday after the government ended the prohibition.", "2024-10-02", "lift",
                 {"imposer": "IN", "announced": None, "effective": None}, id="the-day-of-a-market-reaction"),
    pytest.param("India said a ban on rice exports would take effect on Monday.", "2025-11-07", "impose",
                 {"imposer": "IN", "type": "export_ban", "effective": "2025-11-10"},
                 id="an-indefinite-step-with-a-future-verb-is-a-step"),
    pytest.param("The Ghana Revenue Authority informs importers that enforcement of the ban on the importation of "
                 "salvaged motor vehicles shall commence on Monday, 2nd November 2020.", "2020-10-20", "impose",
                 {"imposer": "GH", "type": "import_ban", "effective": "2020-11-02"}, id="enforcement-shall-commence"),
    pytest.param("In November 2020 Turkey's trade ministry made lemon exports subject to prior approval.", "2023-08-02",
                 "impose", {"imposer": "TR", "type": "export_control", "products": ["lemons"], "effective": "2020-11"},
                 id="made-exports-subject-to-approval"),
    pytest.param("From December 1, China's exports of graphite will be subject to export licences, the ministry said.",
                 "2023-10-20", "impose", {"imposer": "CN", "type": "export_control", "effective": "2023-12-01"},
                 id="exports-will-be-subject-to-licences"),
    pytest.param("Washington will also suspend for a year the so-called affiliates rule, the Commerce Department "
                 "regulation that extends Entity List restrictions to any company at least 50% owned by listed "
                 "parties.", "2025-11-03", "suspend", {"imposer": "US", "type": "entity_listing", "duration": "P1Y"},
                 id="the-affiliates-rule-suspended"),
    pytest.param("India was hit with a 25 per cent reciprocal tariff from Aug. 7, 2025, the White House said.",
                 "2026-02-04", "impose", {"imposer": "US", "targets": ["IN"], "effective": "2025-08-07"},
                 id="a-government-hit-with-a-tariff-is-its-target"),
    pytest.param("The 40% surcharge was decreed by Trump on 30 July.", "2025-11-21", "impose",
                 {"imposer": "US", "type": "import_tariff", "announced": "2025-07-30"}, id="decreed"),
    pytest.param("Canada's 25 per cent tariff on steel derivative products took effect on Boxing Day.", "2026-01-09",
                 "impose", {"imposer": "CA", "effective": "2025-12-26"}, id="took-effect-on-a-feast-day"),
    pytest.param("India widened its anti-dumping duties (ADD) this week. Notification No. 9, dated 10.03.2025, "
                 "imposes ADD on ferrite cores from China.", "2025-03-14",
                 "impose", {"imposer": "IN", "type": "import_tariff", "products": ["ferrite cores"],
                            "announced": "2025-03-10"}, id="a-numbered-dated-notice-imposes-an-add"),
    pytest.param("India's finance ministry levies a provisional anti-dumping duty of $873 a tonne on aluminium foil "
                 "from China.", "2025-03-14", "impose", {"products": ["aluminium foil"], "targets": ["CN"]},
                 id="levies-a-duty-is-a-verb"),
    pytest.param("India said imports of vacuum flasks from China will now attract a definitive duty of 25%.",
                 "2025-03-14", "impose", {"type": "import_tariff", "products": ["vacuum flasks"]},
                 id="goods-that-will-now-attract-a-duty"),
    pytest.param("European Union governments on Thursday adopted the bloc's 19th sanctions package against Russia, "
                 "which for the first time prohibits imports of Russian liquefied natural gas.", "2025-10-24",
                 "impose", {"imposer": "EU", "type": "import_ban", "products": ["liquefied natural gas"],
                            "announced": "2025-10-23"}, id="an-ordinal-counts-nothing-and-the-package-is-the-instrument"),
    pytest.param("An EU embargo on Russian coal, agreed in April 2022, applied in full from 11 August 2022.",
                 "2025-10-24", "impose", {"imposer": "EU", "type": "import_ban", "products": ["coal"],
                                          "announced": "2022-04", "effective": "2022-08-11"},
                 id="a-measure-then-the-participle-that-dates-its-decision"),
    pytest.param("From 21 January 2026 the EU will no longer accept diesel and jet fuel made from Russian crude in "
                 "third countries.", "2025-10-24", "impose",
                 {"imposer": "EU", "type": "import_ban", "products": ["diesel", "jet fuel"], "effective": "2026-01-21"},
                 id="will-no-longer-accept-goods-is-an-import-ban"),
    pytest.param("Sri Lanka's private car imports resumed on 1 February, ending a ban imposed in March 2020.",
                 "2025-02-21", "lift", {"imposer": "LK", "type": "import_ban", "products": ["cars"],
                                        "effective": "2025-02-01"}, id="imports-that-resumed-right-after-the-flow-word"),
    pytest.param("Egypt widened its curbs on imports of cars in March 2022. The central bank withdrew the circular on "
                 "29 December.", "2023-01-06", "lift",
                 {"imposer": "EG", "type": "import_ban", "products": ["cars"], "effective": "2022-12-29"},
                 id="a-definite-circular-is-the-measure-told"),
    pytest.param("Egypt restricted imports of cars in March 2022. The central bank scrapped in late December 2022 the "
                 "requirement, imposed in February 2022, that importers use letters of credit.", "2023-01-06", "lift",
                 {"imposer": "EG", "type": "other", "effective": "2022-12"},
                 id="a-requirement-to-pay-by-letters-of-credit-is-a-payment-rule"),
    pytest.param("Intro.\n\nThe EU restricted exports of vaccines on 30 January. It was extended in March until the end "
                 "of June and tightened a few weeks later, when the Commission added reciprocity to the criteria.",
                 "2021-06-29", "extend", {"imposer": "EU", "products": ["vaccines"], "expires": "2021-06-30"},
                 id="a-pronoun-subject-with-a-when-clause-that-tells-no-step"),
    pytest.param("Intro.\n\nIn India, the import management system for laptops took effect on November 1.",
                 "2024-09-26", "impose", {"type": "other", "effective": "2023-11-01"},
                 id="took-effect-on-a-year-less-day-looks-back"),
    pytest.param("Intro.\n\nIndia moved imports of laptops to the restricted list on August 3, 2023, and pushed the "
                 "requirement back to November 1 a day later.", "2024-09-26", "postpone",
                 {"imposer": "IN", "products": ["laptops"], "expires": "2023-11-01"},
                 id="a-verb-split-from-its-particle"),
    pytest.param("Intro.\n\nEgypt banned imports of goods from unregistered factories on 16 March. The requirement was "
                 "originally due to apply from 1 March, but in late February the ministry pushed the start back to "
                 "16 March.", "2016-03-14", "postpone", {"imposer": "EG", "announced": "2016-02", "expires": "2016-03-16"},
                 id="a-date-heading-a-but-clause-is-its-steps"),
    pytest.param("Intro.\n\nVenezuela's Maduro shut the crossings in Táchira on Aug. 19, 2015, citing smuggling.",
                 "2022-09-26", "impose", {"imposer": "VE", "type": "import_ban", "effective": "2015-08-19"},
                 id="shutting-the-border-crossings-bans-imports"),
    pytest.param("Intro.\n\nThe Dominican Republic reopened part of its border with Haiti to commerce on Wednesday.",
                 "2023-10-12", "lift", {"imposer": "DO", "type": "import_ban", "targets": ["HT"],
                                        "effective": "2023-10-11"}, id="reopening-the-border-with-a-neighbour"),
    pytest.param("Intro.\n\nNamibia said it would issue no import permits for tomatoes and onions from 1 September.",
                 "2024-08-20", "impose", {"imposer": "NA", "type": "import_ban", "products": ["onions", "tomatoes"],
                                          "effective": "2024-09-01"}, id="issuing-no-import-permits-bans-imports"),
    pytest.param("Intro.\n\nA recap: Ukraine's parliament has backed a 10% export duty on soybeans, Zambia is "
                 "reopening its borders to maize exports next month, and Russia has floated a grain export quota.",
                 "2025-09-04", "lift",
                 {"imposer": "ZM", "type": "export_ban", "products": ["maize"]},
                 id="a-reopened-border-is-no-other-clauses-duty"),
    pytest.param("Intro.\n\nNigeria shut its land borders to trade in August 2019, largely to curb rice smuggling.",
                 "2024-07-10", "impose", {"imposer": "NG", "type": "import_ban", "effective": "2019-08", "expires": None},
                 id="to-governs-only-the-date-right-after-it"),
    pytest.param("Intro.\n\nIn October 2016 Moscow let oranges, tangerines, apricots, peaches and plums back in.",
                 "2017-05-01", "lift", {"imposer": "RU", "type": "import_ban", "effective": "2016-10",
                                        "products": ["apricots", "oranges", "peaches", "plums", "tangerines"]},
                 id="goods-let-back-in-is-a-lift"),
    pytest.param("Intro.\n\nChina, which suspended U.S. log imports in March 2025 and allowed them back in November 2025, "
                 "remains the main buyer.", "2026-10-15", "lift",
                 {"imposer": "CN", "type": "import_ban", "products": ["logs"], "effective": "2025-11"},
                 id="the-flow-allowed-back-is-a-lift"),
    pytest.param("Intro.\n\nVenezuela shut the crossings in Táchira on Aug. 19, 2015. The border closure was extended "
                 "to the rest of the border in September of that year.", "2022-09-26", "tighten",
                 {"imposer": "VE", "type": "import_ban", "effective": "2015-09"},
                 id="a-closure-extended-to-the-rest-of-the-border-in-a-month-of-that-year"),
    pytest.param("Intro.\n\nUnder the 2024 review, Washington's duty on Chinese medical gloves rose to 50 per cent on "
                 "January 1, 2025 and goes to 100 per cent on January 1, 2026.", "2025-06-01", "raise", None,
                 id="a-rate-verb-after-and-continues-the-rate-move"),
    pytest.param("Intro.\n\nBeijing imposed duties on Australian barley in 2020. Canberra welcomed the news on Friday. "
                 "The duties were removed because the situation in the Chinese barley market had changed.",
                 "2023-08-10", "lift", {"imposer": "CN", "targets": ["AU"], "products": ["barley"]},
                 id="a-countrys-own-market-is-no-target"),
    pytest.param("The Cabinet said it had introduced a temporary ban on the export of white sugar from Russia until "
                 "August 31, 2022.", "2022-03-15", "impose",
                 {"imposer": "RU", "type": "export_ban", "targets": [], "expires": "2022-08-31"},
                 id="exports-from-a-country-are-its-own-not-a-target"),
    pytest.param("Turkey, Europe's largest bottle market outside the EU, extended for five years in August its "
                 "anti-dumping duty on PET resin from China.", "2026-10-05", "extend",
                 {"imposer": "TR", "targets": ["CN"], "products": ["pet resin"]}, id="a-government-in-an-aside-is-no-subject"),
    pytest.param("Uzbekistan, which buys gasoline from both Russia and Kazakhstan, scrapped import duties on gasoline "
                 "from Jan. 1 until the end of 2026.", "2026-08-20", "suspend",
                 {"imposer": "UZ", "products": ["gasoline"]}, id="a-government-in-a-relative-aside-is-no-subject"),
    pytest.param("Canadian softwood lumber has paid a 10 percent U.S. tariff since Oct. 14.", "2026-08-05", "impose",
                 {"imposer": "US", "effective": "2025-10-14"}, id="a-year-less-date-after-since-lies-behind-the-story"),
    pytest.param("Seoul will also open a duty-free quota of 60,000 t of pork from October 1.", "2026-09-23", "impose",
                 {"imposer": "KR", "type": "quota", "products": ["pork"], "effective": "2026-10-01"},
                 id="a-quota-opened-is-put-in-place"),
    pytest.param("Intro.\n\nWashington published its review on Monday. Canadian softwood has paid a 10 percent "
                 "tariff since Oct. 14.", "2026-08-05", "impose",
                 {"imposer": "US", "targets": ["CA"]}, id="goods-that-pay-a-tariff-are-its-target"),
    pytest.param("Intro.\n\nThe United States opened its review on Monday. India and Vietnam have been subject to "
                 "anti-dumping orders on shrimp since February 2005.", "2026-11-05", "impose",
                 {"imposer": "US", "targets": ["VN", "IN"], "products": ["shrimp"]},
                 id="countries-subject-to-orders-are-their-targets"),
    pytest.param("Intro.\n\nWashington raised tariffs on Chinese goods in 2019. Chinese PET resin shipped to the US "
                 "has also paid a 25% tariff since May 2019.", "2026-10-05", "impose",
                 {"imposer": "US", "targets": ["CN"]}, id="goods-shipped-to-a-country-pay-its-tariff"),
    pytest.param("Intro.\n\nChina stopped exports of phosphate fertilisers in December. In May 2026 it extended the "
                 "halt until 31 August 2026.", "2026-06-10", "extend",
                 {"imposer": "CN", "type": "export_ban", "announced": "2026-05", "expires": "2026-08-31"},
                 id="a-halt-extended-is-the-ban-told-before"),
    pytest.param("Intro.\n\nChina stopped exports of phosphate fertilisers in December and in May 2026 extended "
                 "the halt until 31 August 2026.", "2026-06-10", "extend",
                 {"type": "export_ban", "announced": "2026-05", "expires": "2026-08-31"},
                 id="a-dated-second-verb-after-and-extends-the-halt"),
    pytest.param("Intro.\n\nBeijing halted exports of DAP and MAP from 1 December 2025 and on 28 May extended the "
                 "halt to the end of August, leaving India to buy from Morocco, Saudi Arabia and Russia.",
                 "2026-06-11", "extend",
                 {"products": ["diammonium phosphate", "monoammonium phosphate"], "targets": [], "announced": "2026-05-28",
                  "expires": "2026-08-31"}, id="a-later-step-of-a-sequence-falls-after-the-dated-one"),
    pytest.param("The Commerce Department lowered the anti-dumping rate on Canadian softwood lumber to 17.12 percent "
                 "from 20.56 percent.", "2026-08-20", "reduce",
                 {"imposer": "US", "type": "import_tariff", "targets": ["CA"], "rate": (17.12, "percent", "level", 20.56)},
                 id="an-anti-dumping-rate-is-the-duty"),
    pytest.param("Intro.\n\nChina suspended imports of U.S. logs in March 2025, citing pests, and allowed them to "
                 "resume in November 2025.", "2026-08-10", "lift",
                 {"imposer": "CN", "type": "import_ban", "products": ["logs"], "targets": ["US"], "effective": "2025-11"},
                 id="a-halted-trade-allowed-to-resume-is-lifted"),
    pytest.param("Ivorian beans entering the United States faced a 15% additional tariff from 7 August 2025.",
                 "2026-10-10", "impose", {"imposer": "US", "targets": ["CI"], "effective": "2025-08-07"},
                 id="goods-entering-a-country-face-its-tariff"),
    pytest.param("Intro.\n\nChina's Ministry of Transport announced on 10 October 2025 that, from 14 October 2025, it would "
                 "levy special port fees on vessels owned, operated or flagged in the United States.", "2026-01-20",
                 "impose", {"imposer": "CN", "type": "other", "announced": "2025-10-10", "effective": "2025-10-14"},
                 id="a-government-that-would-levy-fees-imposes-them"),
    pytest.param("Intro.\n\nBrazil changed its parcel rules. From 1 August 2024, those purchases pay a 20% import tax.",
                 "2024-08-05", "impose", {"imposer": "BR", "effective": "2024-08-01", "rate": (20.0, "percent", "level", None)},
                 id="a-start-opening-the-sentence-dates-what-is-paid"),
    pytest.param("Intro.\n\nWashington acted on Mexican tomatoes. Antidumping duties of 17.56% were collected on Mexican "
                 "tomatoes starting May 7, 2019.", "2019-06-01", "impose",
                 {"imposer": "US", "targets": ["MX"], "products": ["tomatoes"], "effective": "2019-05-07"},
                 id="duties-collected-from-a-day-are-imposed-then"),
    pytest.param("Intro.\n\nChina retaliated with 34% tariffs on all U.S. goods on April 4.", "2026-03-05", "impose",
                 {"imposer": "CN", "announced": "2025-04-04", "effective": "2025-04-04"},
                 id="a-verb-with-its-particle-keeps-its-past-tense"),
    pytest.param("Intro.\n\nChina authorised urea exports of up to 3 million tonnes between May and September.",
                 "2026-03-05", "impose", {"imposer": "CN", "type": "quota", "products": ["urea"]},
                 id="a-volume-authorised-out-is-a-quota"),
    pytest.param("Intro.\n\nChina's planning authorities on Wednesday authorised urea exports between 1 May and 30 "
                 "September under a quota of 3 million tonnes.", "2026-03-05", "impose",
                 {"imposer": "CN", "type": "quota", "products": ["urea"]}, id="exports-authorised-under-a-quota"),
    pytest.param("Intro.\n\nTrump said on Friday he had authorized doubling tariffs on steel from Turkey to 50%.",
                 "2018-08-12", "raise", {"imposer": "US", "rate": (50.0, "percent", "level", None)},
                 id="authorizing-a-step-is-no-step-of-its-own"),
    pytest.param("Intro.\n\nIndia's finance ministry notified on 27 February a provisional anti-dumping duty of up "
                 "to USD 92 a tonne on ammonium sulphate from China.", "2026-03-05", "impose",
                 {"imposer": "IN", "targets": ["CN"], "products": ["ammonium sulphate"], "announced": "2026-02-27"},
                 id="a-day-between-a-verb-and-the-measure-it-notifies"),
    pytest.param("Intro.\n\nIndian shrimp exports to the United States have faced a 50% tariff since August 27.",
                 "2026-03-10", "impose", {"imposer": "US", "targets": ["IN"], "effective": "2025-08-27"},
                 id="exports-to-a-country-face-its-tariff"),
    pytest.param("Intro.\n\nExports of Indian shrimp to the United States now pay a 50% duty.",
                 "2026-03-10", "impose", {"imposer": "US", "products": ["shrimp"]},
                 id="a-flow-heading-its-clause-pays-where-it-goes"),
    pytest.param("India's food ministry said Thursday it will allow mills to export one million metric tons of sugar "
                 "in the 2026-27 season.", "2026-10-10", "impose",
                 {"imposer": "IN", "type": "quota", "products": ["sugar"]}, id="a-volume-in-words-allowed-out-is-a-quota"),
    pytest.param("From October 21, Russia's export duty on wheat will amount to 512.4 rubles per ton against 618.9 "
                 "rubles per ton a week earlier.", "2026-10-17", "reduce",
                 {"imposer": "RU", "type": "export_duty", "effective": "2026-10-21",
                  "rate": (512.4, "rub_per_tonne", "level", 618.9)}, id="a-duty-amounting-to-less-than-before-is-cut"),
    pytest.param("The Commerce Department nudged the countervailing duty on Canadian softwood lumber up to 15.02 per "
                 "cent from 14.63 per cent.", "2026-08-20", "raise",
                 {"imposer": "US", "rate": (15.02, "percent", "level", 14.63)}, id="a-duty-nudged-up-is-raised"),
    pytest.param("Turkey opened a quota for wheat imports on Saturday.\n\nThe export duty on Russian wheat will fall to "
                 "512.4 rubles per ton from 618.9 rubles per ton from October 21.", "2026-10-20", "reduce",
                 {"imposer": "RU", "type": "export_duty", "targets": []}, id="an-export-duty-on-a-countrys-goods-is-its-own"),
    pytest.param("Ghana raised its cocoa farmgate price on Monday.\n\nThe decree scraps the export duty on cocoa butter "
                 "produced in Ivorian factories, a measure the grinders have demanded for three years.", "2026-10-01",
                 "lift", {"imposer": "CI", "targets": [], "duration": None}, id="goods-made-in-a-place-are-its-exports"),
    pytest.param("The duties were Beijing's answer to Washington raising its tariff on Chinese goods to 20% from 10% "
                 "on March 4.", "2025-11-05", "raise", {"effective": "2025-03-04"},
                 id="a-gerund-in-a-past-narrative-looks-back"),
    pytest.param("President Trump signed an order ending the remaining 10% tariff on Chinese goods, effective Nov. 10.",
                 "2026-11-06", "lift", {"imposer": "US", "effective": "2026-11-10"}, id="ending-a-tariff-with-its-rate-lifts-it"),
    pytest.param("Trump signed an order ending the tariff on Chinese goods that he imposed over fentanyl, effective "
                 "Nov. 10.", "2026-11-06", "lift", {"effective": "2026-11-10"},
                 id="a-start-set-off-after-a-relative-clause-is-the-steps"),
    pytest.param("The United States on Thursday extended for one year, through Nov. 10, 2027, the suspension of 24 "
                 "points of the reciprocal tariff on China.", "2026-11-06", "extend",
                 {"imposer": "US", "type": "import_tariff", "expires": "2027-11-10"}, id="an-aside-of-time-before-the-suspension-extended"),
    pytest.param("The United States has extended by a year its suspension of the Section 301 port fees on Chinese-built "
                 "ships.", "2026-11-07", "extend", {"imposer": "US", "type": "other", "targets": ["CN"], "products": ["ships"]},
                 id="port-fees-named-after-their-legal-basis-are-port-fees"),
    pytest.param("China's commerce ministry suspended for a year its countermeasures against five US-based subsidiaries "
                 "of a Korean shipbuilder.", "2026-11-07", "suspend", {"imposer": "CN", "type": "entity_listing"},
                 id="countermeasures-against-companies-list-them"),
    pytest.param("The United States signed a trade agreement with Vietnam on 15 September. Under the implementing order, "
                 "the reciprocal tariff on Vietnamese-origin goods falls to 18% from 20% on 1 October.\n\nChina said on "
                 "Friday it would study the deal.", "2026-09-18", "reduce", {"imposer": "US", "targets": ["VN"]},
                 id="a-step-with-no-actor-is-by-the-government-the-story-was-about-then"),
    pytest.param("- tariffs on UK car exports to the US cut from 27.5% to 10% for a quota of 100,000 vehicles a year",
                 "2025-06-30", "reduce", {"imposer": "US", "targets": ["GB"]},
                 id="a-tariff-on-exports-to-a-country-is-that-countrys"),
    pytest.param("The duties were Beijing's answer to Washington raising its tariff on Chinese goods to 20% from 10% "
                 "on March 4.", "2025-11-05", "raise", {"imposer": "US", "targets": ["CN"]},
                 id="the-actor-right-before-a-gerund-does-it"),
    pytest.param("US exporters have felt Beijing's anger before. \"The unilateral tariff hike by the United States "
                 "violates the rules of the WTO,\" the commission said. Tariffs of 10% on American crude oil take effect "
                 "on Feb. 10.", "2025-02-05", "impose", {"imposer": "CN", "targets": ["US"], "effective": "2025-02-10"},
                 id="a-government-named-in-a-quote-is-not-what-the-story-is-about"),
    pytest.param("Moldovan wine makers know Russia well. A Swiss-brokered deal in 2011 cleared the way for a "
                 "settlement. A ban on imports of Moldovan wine was lifted in 2013.", "2026-01-10", "lift",
                 {"imposer": "RU", "targets": ["MD"]}, id="a-country-in-a-compound-word-is-not-what-the-story-is-about"),
    pytest.param("Under a proclamation signed in December, the US quadrupled the tariff-rate quota for Argentine beef to "
                 "80,000 tonnes from 20,000 tonnes.", "2026-05-20", "reduce",
                 {"imposer": "US", "type": "quota", "targets": ["AR"], "announced": "2025-12"},
                 id="a-quota-enlarged-lets-more-in"),
    pytest.param("Guatemala has moved on food prices: a decree published on 20 April suspended the import duty on white "
                 "corn for 90 days from 21 April, after tortilla prices rose 14% in the first quarter.", "2026-05-20",
                 "suspend", {"imposer": "GT", "products": ["corn"], "effective": "2026-04-21", "expires": "2026-07-20",
                             "rate": None}, id="prices-that-rose-are-no-rate-of-the-duty"),
    pytest.param("Washington cut its tariffs on Ecuador in May. Bananas, coffee and cocoa have entered free of the "
                 "reciprocal tariff since November 13, 2025, under an exemption signed the next day.", "2026-06-20",
                 "lift", {"imposer": "US", "products": ["bananas", "cocoa", "coffee"], "effective": "2025-11-13"},
                 id="goods-that-have-entered-free-of-a-tariff-since-a-day-were-freed-that-day"),
    pytest.param("Switzerland itself has charged no tariffs on industrial goods since it abolished them on 1 January "
                 "2024.", "2026-06-20", "lift", {"imposer": "CH", "products": ["industrial goods"], "effective": "2024-01-01"},
                 id="abolished-them-takes-the-measure-its-clause-named"),
    pytest.param("The European Commission on Tuesday suspended its retaliatory tariffs on American goods for six months."
                 "\n\nAn executive order signed by Trump on 31 July sets a 15% tariff on most EU goods from Thursday.\n\n"
                 "Member states backed the tariffs on 9 April, but the Commission suspended them for ninety days on 14 "
                 "April.", "2025-08-06", "suspend", None, id="the-commission-is-the-body-the-article-named-in-full"),
    pytest.param("In return, the UK's tariffs of up to 12% on Indian clothing and footwear are removed from today.",
                 "2026-07-01", "lift", {"imposer": "GB", "targets": ["IN"], "effective": "2026-07-01"},
                 id="tariffs-of-up-to-a-rate-removed-are-lifted"),
    pytest.param("Washington ended India's GSP benefits on June 5, 2019. India answered on June 16 that year by raising "
                 "tariffs on 28 US products, among them almonds, apples and walnuts.", "2026-03-04", "raise",
                 {"imposer": "IN", "targets": ["US"], "effective": "2019-06-16"},
                 id="answered-by-raising-tariffs-is-the-answer-a-step"),
    pytest.param("Pakistan's budget changes several duties. The additional customs duty on steel and intermediate goods "
                 "has been abolished.", "2026-06-27", "lift", {"imposer": "PK", "products": ["steel"]},
                 id="the-noun-ending-the-measures-on-phrase-is-not-the-subject"),
    pytest.param("Beijing on Tuesday released a quota of about 3.3 million tonnes for urea exports between June 15 and "
                 "October 15.", "2026-06-10", "impose",
                 {"imposer": "CN", "type": "quota", "announced": "2026-06-09", "effective": "2026-06-15",
                  "expires": "2026-10-15"}, id="a-quota-released-is-set"),
    pytest.param("On Oct. 15, Trump proclaimed a 25% tariff under Section 232 on imported semiconductors from Jan. 1, "
                 "2027.", "2026-11-10", "impose", {"imposer": "US", "type": "import_tariff", "effective": "2027-01-01"},
                 id="a-tariff-proclaimed-is-decided"),
    pytest.param("The European Union's own tariffs on Russian and Belarusian grain kick in. From Monday, cereals from the "
                 "two countries will face duties of 95 euros a tonne.", "2024-06-28", "impose",
                 {"imposer": "EU", "products": ["cereals"], "effective": "2024-07-01"},
                 id="goods-from-the-two-countries-name-no-joint-step"),
    pytest.param("The EU package. A ban on imports of Russian liquefied propane (LPG) has also been adopted; it will apply "
                 "only after a transitional period of 12 months, to allow the market to adjust.", "2024-06-25", "impose",
                 {"imposer": "EU", "type": "import_ban", "targets": ["RU"]},
                 id="a-purpose-clause-after-a-comma-relaxes-nothing"),
    pytest.param("South Africa's duties on frozen chips. In an interim review in 2023, the duty on one Belgian exporter "
                 "was reduced from 34.3% to 12.6%.", "2026-03-27", "reduce",
                 {"imposer": "ZA", "targets": ["BE"]}, id="a-countrys-exporter-is-a-target"),
    pytest.param("Australia's Anti-Dumping Commission reports. On 17/03/2026 the minister decided to secure the "
                 "continuation of the anti-dumping measures on steel pipe exported from China for a further five years, "
                 "from 30/03/2026 until 29/03/2031.", "2026-03-20", "extend",
                 {"imposer": "AU", "announced": "2026-03-17", "effective": "2026-03-30", "expires": "2031-03-29"},
                 id="the-continuation-of-measures-extends-them"),
    pytest.param("South Africa amended its schedule, continuing the anti-dumping duties on frozen chips from Belgium for a "
                 "further five years. The notice states that the amendment applies \"with effect from the twentieth day "
                 "of March 2026\".", "2026-03-27", "extend", {"imposer": "ZA", "effective": "2026-03-20"},
                 id="an-amendment-applying-with-effect-from-a-legal-date"),
    pytest.param("In a separate regulation published on Thursday 4 December, the Commission extended the definitive "
                 "anti-dumping duty on steel road wheels originating in China to imports consigned from Morocco. The "
                 "extension entered into force the following day.", "2025-12-10", "tighten",
                 {"imposer": "EU", "announced": "2025-12-04", "effective": "2025-12-05"},
                 id="a-duty-extended-to-another-origin-and-in-force-the-following-day"),
    pytest.param("Canada imposed duties on wire rod. The UK steel safeguard, extended in June 2024, runs until the end "
                 "of June 2026.", "2026-03-27", "extend", {"imposer": "GB", "targets": [], "expires": "2026-06-30"},
                 id="a-countrys-steel-safeguard-is-its-own"),
    pytest.param("Vietnamese steel faced 86 trade remedy cases abroad, many brought by the US Commerce Department. "
                 "At the same time, MOIT continues to use trade remedies against imports. The ministry imposed provisional "
                 "anti-dumping duties of 19.38% to 27.83% on hot-rolled steel from China from 7/3/2025.", "2026-03-25",
                 "impose", {"imposer": "VN", "targets": ["CN"], "effective": "2025-03-07"},
                 id="the-ministry-an-acronym-stands-for"),
    pytest.param("Vietnam's anti-dumping duties on Thai sugar were extended in 2023 to sugar from Cambodia, Indonesia and "
                 "Laos after a circumvention investigation.", "2026-03-25", "tighten",
                 {"imposer": "VN", "announced": "2023"}, id="a-duty-extended-in-a-year-to-other-origins-widens"),
    pytest.param("The EU package. A ban on imports of Russian liquefied propane was announced on Monday.", "2024-06-25",
                 "impose", {"imposer": "EU", "type": "import_ban", "announced": "2024-06-24"},
                 id="a-measure-announced-as-passive-subject"),
    pytest.param("The US antidumping and countervailing duty orders on crystalline silicon photovoltaic cells from "
                 "Cambodia, Malaysia, Thailand and Vietnam were published on 24 June 2025.", "2026-03-31", "impose",
                 {"imposer": "US", "products": ["solar cells"], "announced": "2025-06-24"},
                 id="duty-orders-published-on-a-day"),
    pytest.param("South Africa's six-month ban on scrap metal exports, gazetted on 5 May, will run from 1 June until 31 "
                 "December 2026.", "2026-05-19", "impose",
                 {"imposer": "ZA", "type": "export_ban", "announced": "2026-05-05", "effective": "2026-06-01",
                  "expires": "2026-12-31"}, id="a-ban-gazetted-that-will-run-from-a-day-until-another"),
    pytest.param("Turkish mills bought more scrap. The Federal Executive Council last Thursday approved a ban on exports "
                 "of ferrous scrap metal from the start of next month.", "2026-05-18", "impose",
                 {"imposer": "NG", "type": "export_ban", "effective": "2026-06-01"},
                 id="nigerias-federal-executive-council"),
    pytest.param("Under the EU's revised waste shipment rules, shipments of plastic waste to OECD countries, including "
                 "Turkey, become subject to prior written notification and consent from Thursday.", "2026-05-19",
                 "impose", {"imposer": "EU", "type": "export_control", "effective": "2026-05-21"},
                 id="shipments-that-become-subject-to-prior-consent"),
    pytest.param("Malaysia decided. Under the decision, approved permits (AP) for plastic waste under HS heading 3915 will "
                 "from 1 July 2026 be capped at 50 per cent of each licensed recycler's approved processing capacity.",
                 "2026-05-14", "impose", {"imposer": "MY", "type": "quota", "effective": "2026-07-01"},
                 id="permits-capped-at-a-share-of-capacity-are-a-quota"),
]


@pytest.mark.parametrize("text,published,action,expected", [c for c in CASES if c.values[3] is not None])
def test_mention_fields(extract, text, published, action, expected):
    mention = the_one(extract(text, published), action)
    assert mention is not None and project(mention, expected) == expected


@pytest.mark.parametrize("text, expected", [
    ("The U.S. put 25 percent on Mexican steel and 10 percent on aluminum on June 1, 2018.",
     [("US", ("aluminum",), ("MX",), 10.0, "2018-06-01"), ("US", ("steel",), ("MX",), 25.0, "2018-06-01")]),
    ("Washington slapped an extra 10% on Chinese steel on Tuesday.", [("US", ("steel",), ("CN",), 10.0, "2018-06-05")]),
    # (a share of something, or the rate over a quota, is no duty set on goods)
    ("The U.S. put 25 percent of its budget into steel mills on Monday.", []),
    ("The EU's steel regime charges 50% on imports above the quota from July 1.", []),
])
def test_a_percentage_put_on_goods_is_a_duty_on_them(extract, text, expected):
    found = [m for m in extract("Intro.\n\n" + text, "2018-06-06") if m.action == "impose"]
    assert sorted((m.imposer, tuple(m.products), tuple(m.targets), m.rate.value, m.effective) for m in found
                  if m.type == "import_tariff") == expected and len(found) == len(expected)


@pytest.mark.parametrize("text, expected", [
    # (a start told without a year, for what an instrument in force does, lies ahead)
    ("Last month's proclamation puts 15 percent on refined copper from January.", [("impose", "2027-01", None)]),
    ("A tariff increase on upholstered furniture was due on Jan. 1. Monday's proclamation delays it until Jan. 1, 2028.",
     [("postpone", None, "2028-01-01")]),
])
def test_an_instrument_named_before_its_verb_and_object_tells_a_new_step(extract, text, expected):
    found = extract("Intro.\n\nThe U.S. is buying metal before the tariff. " + text, "2026-10-06")
    assert [(m.imposer, m.action, m.effective if m.action == "impose" else None, m.expires) for m in found
            if m.action != "raise"] == [("US",) + e for e in expected]


@pytest.mark.parametrize("text, expected", [
    ("Washington imposed countervailing duties on lumber in August 2001 and added anti-dumping deposits that November.",
     ["2001-08", "2001-11"]),
    ("Washington imposed countervailing duties on lumber in August 2001 and added anti-dumping deposits the same "
     "November.", ["2001-08", "2001-11"]),
    # ('said that March exports fell': a month with a noun after it is no date)
    ("Washington imposed countervailing duties on lumber in August 2001. Officials said that March exports fell.",
     ["2001-08"]),
])
def test_that_month_is_in_the_year_told_last(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-10-15")
    assert sorted(m.effective for m in by_action(found, "impose")) == expected


@pytest.mark.parametrize("text", [
    # a pronoun that pays is who the tariff falls on, not who charges it
    "Canada set quotas. Since Oct. 14 last year they have also paid a 10 per cent Section 232 tariff on softwood lumber.",
    # 'since' opening the paying verb's clause after ', and'
    "Canada set quotas. Mills have struggled, and since Oct. 14 last year mills have also paid a 10 per cent Section "
    "232 tariff on softwood lumber.",
])
def test_a_tariff_paid_since_a_day_is_its_owners_from_that_day(extract, text):
    found = [m for m in extract("Intro.\n\n" + text, "2026-10-15") if m.type == "import_tariff"]
    assert [(m.imposer, m.action, m.effective) for m in found] == [("US", "impose", "2025-10-14")]


@pytest.mark.parametrize("text, expected", [
    # a government right before plain words that qualify its measure owns it, whatever the story's subject
    ("India cut its duty on whisky to 75% on 1 July. The Indian cut arrives as the American market grows harder. "
     "Scotch has paid the 10% US baseline tariff since April 2025.", [("IN", "reduce"), ("US", "impose")]),
    ("India cut its duty on whisky to 75% on 1 July. Distillers have also paid the Chinese retaliatory tariff "
     "since May 2025.", [("CN", "impose"), ("IN", "reduce")]),
    # (not across words of a phrase: 'Mexico to the Entity List' names a listed party's country)
    ("The US rule adds 16 parties in China and Mexico to the Entity List and removes three parties in India.",
     [("US", "impose"), ("US", "lift")]),
])
def test_a_government_before_the_words_that_qualify_its_measure_owns_it(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-07-08")
    assert sorted((m.imposer, m.action) for m in found) == expected


def test_a_reported_clause_dates_its_own_step(extract):
    # 'and said in June 2025 that it would extend zero tariffs to ... countries': a second grant of
    # zero tariffs, to more countries, dated by its own 'said', not the first one's
    found = extract("Intro.\n\nChina has applied zero tariffs on 100% of tariff lines to the 33 African least "
                    "developed countries since 1 Dec 2024, and said in June 2025 that it would extend zero tariffs "
                    "to all 53 African countries.", "2026-05-27")
    assert [(m.imposer, m.action, m.announced, m.effective) for m in found] == [
        ("CN", "lift", "2024-12-01", "2024-12-01"), ("CN", "lift", "2025-06", None)]


@pytest.mark.parametrize("text, expected", [
    # 'tightened exports to Korea of ...': a restriction on that flow, and 'the curbs' lifted are it
    ("Japan tightened exports to Korea of photoresists and hydrogen fluoride in July 2019 and lifted the curbs in "
     "March 2023.", [("JP", "export_control", "tighten", "2019-07"), ("JP", "export_control", "lift", "2023-03")]),
    # (a firm's grip or a courier's paperwork is no trade flow)
    ("Transsion tightens grip on Nigeria's phone market as shipments slide.", []),
    # a list named in full: its capitalised name between 'to its' and 'Entity List'
    ("Taiwan said on Thursday that it had added eight Chinese companies to its Strategic High-Tech Commodities "
     "Entity List.", [("TW", "entity_listing", "impose", "2026-03-12")]),
    # a control threshold lowered brings more goods under licence
    ("On Wednesday BIS lowered the performance threshold of its export controls on HBM bound for China.",
     [("US", "export_control", "tighten", "2026-03-11")]),
    # an exemption granted after a ban, in the same sentence, is the ban's
    ("MOFCOM on 4 October 2025 barred Nexperia's Chinese unit from exporting chips made in China, and in November "
     "2025 granted exemptions for shipments for civilian use.",
     [("CN", "export_ban", "impose", "2025-10-04"), ("CN", "export_ban", "suspend", "2025-11")]),
    # 'those listings' are the entity listings just told
    ("Beijing put 14 foreign organizations on its unreliable entity list in October 2025, then suspended those "
     "listings in November.", [("CN", "entity_listing", "impose", "2025-10"), ("CN", "entity_listing", "suspend", "2025-11")]),
    # 'extended ... to certain tools' reaches more goods, it does not run longer
    ("The Netherlands extended its export licence requirement to certain atomic layer deposition tools on Tuesday.",
     [("NL", "export_control", "tighten", "2026-03-10")]),
    # goods named before a passive 'added to the control list' are controlled goods, not listed parties
    ("Japan: twelve items added to the control list on Friday", [("JP", "export_control", "impose", "2026-03-13")]),
    ("Eight Chinese firms added to Japan's end user list on Friday.", [("JP", "entity_listing", "impose", "2026-03-13")]),
    # a licence named in the singular is the measure 'need' imposes, for the flow the sentence names
    ("China said on Monday that exporters of graphite will now need a licence.",
     [("CN", "export_control", "impose", None)]),
    ("India said on Monday that importers of laptops will now need a licence.", [("IN", "other", "impose", None)]),
    ("Malaysia tightened its rules. Since 14 July 2025, exporters of AI chips have needed a permit.",
     [("MY", "export_control", "impose", "2025-07-14")]),
    # a temporary general licence is an export control's relief: extended, or kept in place to a day
    ("BIS extended the TGL for servicing chipmaking equipment at fabs in China on Wednesday.",
     [("US", "export_control", "extend", "2026-03-11")]),
    ("The US rule also keeps in place through September a temporary general licence for spare parts.",
     [("US", "export_control", "extend", None)]),
    # what a step already told means for traders is no step of its own
    ("Taiwan added eight Chinese companies to its entity list on Thursday. The notice, dated 12 March, means that "
     "Taiwanese exporters now need an ITA permit before shipping listed goods to the eight companies.",
     [("TW", "entity_listing", "impose", "2026-03-12")]),
])
def test_tech_control_shapes(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-03-13")
    assert steps(found) == expected


def test_a_shared_agency_name_in_a_taipei_story_is_taiwans(extract):
    # the US and Taiwan both have an 'International Trade Administration'
    found = extract("Eight firms added\n\nTAIPEI, March 12 - The International Trade Administration said on "
                    "Thursday that it had added eight Chinese companies to its entity list.", "2026-03-13")
    assert [(m.imposer, m.type, m.action) for m in found] == [("TW", "entity_listing", "impose")]


def test_a_rule_that_opens_its_paragraph_tells_its_steps_in_the_present(extract):
    # past the lead, a present-tense 'adds' is a step when its paragraph opens on 'this final rule'
    lead = "Entity List additions\n\nFederal Register notice.\n\nAGENCY: Bureau of Industry and Security.\n\n"
    found = extract(lead + "SUMMARY: In this final rule, BIS amends the EAR in two ways. First, BIS adds 16 entities to "
                    "the Entity List. Second, BIS removes two entities in India from the Entity List.", "2026-03-11")
    assert sorted((m.imposer, m.action) for m in found) == [("US", "impose"), ("US", "lift")]
    # (without the instrument, a present-tense sentence past the lead tells how things stand)
    found = extract(lead + "Background notes follow. BIS adds 16 entities to the Entity List.", "2026-03-11")
    assert found == []


def test_what_a_rule_does_not_affect_is_no_step_of_it(extract):
    found = extract("Intro.\n\nBIS removes two entities in India from the Entity List. This rule does not affect "
                    "the suspension of the Affiliates rule, which remains in place through November 9, 2026.",
                    "2026-03-11")
    assert [(m.imposer, m.action, m.expires) for m in found] == [("US", "lift", None)]


def test_a_licence_requirement_for_goods_is_no_entity_listing(extract):
    # in a story of entity listings, a licence requirement widened to tools is a control on goods
    found = extract("Intro.\n\nThe US tightened its export controls on HBM on Monday. The US added 16 entities to the "
                    "Entity List on Monday. The Dutch Minister for Foreign Trade extended the national licence "
                    "requirement to certain atomic layer deposition tools on Tuesday.", "2026-03-11")
    assert [(m.imposer, m.type, m.action) for m in found if m.imposer == "NL"] == [("NL", "export_control", "tighten")]


@pytest.mark.parametrize("text, published, expected", [
    # 'began to apply' on a day: the measure takes effect then
    ("Canada answered. On April 9, a 25 per cent tariff began to apply to U.S.-built vehicles.", "2025-04-20",
     [("CA", "import_tariff", "impose", "2025-04-09")]),
    # a licence required since a day is a control standing since then
    ("Thailand acted too: since 5 February exports of more than 500 masks require a permit.", "2020-03-01",
     [("TH", "export_control", "impose", "2020-02-05")]),
    # (without a day, what a control requires is how it works, not a step)
    ("Thailand acted too: exports of more than 500 masks require a permit.", "2020-03-01", []),
])
def test_a_measure_that_began_to_apply_or_is_required_since_a_day(extract, text, published, expected):
    found = extract("Intro.\n\n" + text, published)
    assert steps(found) == expected


@pytest.mark.parametrize("second, expected", [
    # a halt told before, lifted in the passive: the flow reopens
    ("The suspension was lifted on 6 July 2011.", [("impose", "2011-06-08"), ("lift", "2011-07-06")]),
    # (an industry's own pause is no government's measure)
    ("Regulators later turned an earlier voluntary industry pause into a formal rule.", [("impose", "2011-06-08")]),
])
def test_a_halt_lifted_in_the_passive_reopens_the_flow(extract, second, expected):
    found = extract("Intro.\n\nCanberra suspended live cattle exports to Indonesia on 8 June 2011. " + second,
                    "2024-07-10")
    assert [(m.action, m.effective) for m in found if m.type == "export_ban"] == expected


@pytest.mark.parametrize("text, published, expected", [
    # the start of a range takes the year its end is told with
    ("Bangladesh waived the 11% import duty on raw cotton from August 19 to September 30 last year.", "2026-09-10",
     ("2025-08-19", "2025-09-30")),
    # (the year before, where the start's day falls after the end's)
    ("India suspended the duty on cotton from 19 November to 31 January 2026.", "2026-03-10",
     ("2025-11-19", "2026-01-31")),
])
def test_a_range_start_takes_the_year_of_its_end(extract, text, published, expected):
    [found] = extract("Intro.\n\n" + text, published)
    assert (found.effective, found.expires) == expected


@pytest.mark.parametrize("text, expected", [
    # ', a ban it suspended for pasta in September 2023': an aside with its own subject and verb is a step
    ("In March 2022 Algeria banned exports of sugar, pasta and semolina, a ban it suspended for pasta and semolina "
     "in September 2023.", [("DZ", "export_ban", "impose", "2022-03"), ("DZ", "export_ban", "suspend", "2023-09")]),
    # licences capped at a volume are a quota
    ("On Monday Iraq lifted the ban on imports of onions and replaced it with import licences capped at 40,000 "
     "tonnes a month.", [("IQ", "import_ban", "lift", "2026-10-12"), ("IQ", "quota", "impose", "2026-10-12")]),
    # (a type borrowed from the article is first the same government's: Egypt's list is not Iraq's quota)
    ("Egypt's import registration rule has applied since 2016. Iraq imposed a quota on onion imports on Monday. In "
     "January 2026 the Egyptian ministry added ceramic sanitaryware to the list.",
     [("EG", "import_ban", "impose", "2016"), ("IQ", "quota", "impose", "2026-10-12"),
      ("EG", "import_ban", "impose", "2026-01")]),
])
def test_asides_with_a_subject_and_capped_licences(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-10-13")
    assert steps(found) == expected


def test_a_bulleted_same_statement_dates_its_step_by_the_statement(extract):
    found = extract("Intro.\n\n- Iraq's ministry said on Monday that imports of tomatoes will be banned from 1 "
                    "November.\n- In the same statement the ministry lifted, with immediate effect, the ban on "
                    "imports of onions.", "2026-10-13")
    assert [(m.imposer, m.action, m.announced, m.effective) for m in found] == [
        ("IQ", "impose", "2026-10-12", "2026-11-01"), ("IQ", "lift", "2026-10-12", "2026-10-12")]


@pytest.mark.parametrize("text, expected", [
    # a rate set 'on most goods' is a duty on them, as one 'on goods' is
    ("The United States has charged an additional 10% on most goods from Oman since 2025-04-05.",
     [("US", "import_tariff", "impose", "2025-04-05", 10.0)]),
    # a duty named by an instrument only one government uses, at a rate since a day
    ("The Section 232 duty on steel has been 50% since June 2025.", [("US", "import_tariff", "impose", "2025-06", 50.0)]),
])
def test_a_rate_told_since_a_day_is_its_owners_duty_from_then(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-10-20")
    assert [(m.imposer, m.type, m.action, m.effective, m.rate.value if m.rate else None) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # a digest's arrow from the old rate to the new one moves the duty
    ("NIGERIA: tractor duty 10% -> 5% from 1 June.", [("NG", "reduce", 5.0, 10.0, "2026-06-01")]),
    ("NIGERIA: tractor duty 5% → 10% from 1 June.", [("NG", "raise", 10.0, 5.0, "2026-06-01")]),
    # (an arrow with no duty before it moves nothing: 'Output 10% -> 12%')
    ("NIGERIA: tractor output 10% -> 12% in May.", []),
])
def test_an_arrow_between_two_rates_moves_the_duty(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-05-27")
    assert [(m.imposer, m.action, m.rate.value, m.rate.previous, m.effective) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # India's quality control orders are trade measures of their own kind
    ("India rescinded the QCOs on 14 polymer and fibre products, including polyester staple fibre, in November 2025.",
     [("IN", "other", "lift", "2025-11", None)]),
    ("By an order dated 26.06.2026 India deferred the enforcement of the quality control order on footwear to 1 "
     "January 2027.", [("IN", "other", "postpone", "2026-06-26", "2027-01-01")]),
])
def test_quality_control_orders(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-07-28")
    assert [(m.imposer, m.type, m.action, m.effective, m.expires) for m in found] == expected


def test_goods_allowed_again_after_a_ban_are_the_ban_lifted(extract):
    found = extract("Intro.\n\nIndia banned onion exports in September 2019 and allowed them again from 15 March "
                    "2020.", "2026-06-10")
    assert steps(found) == [
        ("IN", "export_ban", "impose", "2019-09"), ("IN", "export_ban", "lift", "2020-03-15")]


@pytest.mark.parametrize("text, expected", [
    ("Exports of broken rice were permitted again from 7 March 2025, India's DGFT said.",
     [("IN", "export_ban", "lift", "2025-03-07")]),
    # (firms permitted to import under a licence are a licence changed, no ban lifted)
    ("Private sector permitted to import chemical fertilisers, Sri Lanka's cabinet said.", []),
])
def test_a_flow_permitted_again_lifts_its_ban(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-06-10")
    assert [s for s in steps(found) if s[1].endswith("ban")] == expected


def test_it_after_an_instrument_is_the_instrument_of_the_government_acting(extract):
    found = extract("Intro.\n\nMexico raised its tariff on buses to 50 percent on Monday. In practice that means China, "
                    "which sold 9,000 buses here last year. The decree leaves a door open for them: it creates a quota "
                    "of 2,000 electric buses a year.", "2026-10-06")
    assert [(m.imposer, m.type) for m in by_action(found, "impose")] == [("MX", "quota")]


@pytest.mark.parametrize("second, expected", [
    ("Imported cars will pay a 10% duty from July 1.", "2026-06-14"),
    ("Duties on imported cars rise to 10% from July 1.", "2026-06-14"),
    ("The duty on imported cars is raised to 10% from July 1.", "2026-06-14"),
    # (another government's step was not decided with the news)
    ("Kuwait will raise its duty on imported cars to 10% from July 1.", None),
])
def test_a_future_step_told_after_the_news_was_decided_with_it(extract, second, expected):
    filler = "The list covers dairy, furniture, steel and many more goods that shops sell. " * 8  # (past the lead)
    found = extract("Intro.\n\nSaudi Arabia on Sunday raised customs duties on 3,000 products, the finance ministry "
                    "said.\n\n" + filler + "\n\n" + second, "2026-06-16")
    cars = [m for m in found if "cars" in m.products]
    assert [m.announced for m in cars] == [expected]


def test_rates_told_respectively_go_to_the_goods_in_order_with_the_start_told_after_them(extract):
    found = extract("Intro.\n\nWashington imposed duties on drones in 2026. The steel and aluminum proclamations of "
                    "March 8, 2018 imposed duties of 25% and 10%, respectively, effective March 23, 2018.", "2026-11-02")
    assert sorted((m.products[0], m.rate.value, m.effective) for m in found if m.rate is not None) == [
        ("aluminum", 10.0, "2018-03-23"), ("steel", 25.0, "2018-03-23")]


@pytest.mark.parametrize("second, expected", [
    # a standing duty named by its rate, with its start
    ("Trucks have been subject to a 25% duty since November 1, 2025.", [("impose", "2025-11-01")]),
    # (changes announced to measures that stand are told on their own)
    ("On 12 June 2026, the Department of Finance announced three changes to Canada's measures on steel imports.", []),
])
def test_what_a_sentence_tells_of_measures_that_stand(extract, second, expected):
    found = extract("Intro.\n\nOttawa raised its surtax on steel in 2025. " + second, "2026-06-15")
    assert [(m.action, m.effective) for m in found if m.effective != "2025"] == expected


def test_an_indefinite_scheme_is_no_measure_told(extract):
    found = extract("India restricted exports of onions in March 2022. In September, the cabinet approved a "
                    "production-linked incentive scheme worth Rs 120 crore.", "2023-01-06")
    assert [(m.action, m.effective) for m in found] == [("impose", "2022-03")]


def test_a_verb_joined_to_one_the_pronoun_governs_shares_its_subject(extract):
    case = next(c for c in CASES if c.id == "a-pronoun-subject-with-a-when-clause-that-tells-no-step")
    assert [(m.products, m.imposer) for m in by_action(extract(*case.values[:2]), "tighten")] == [(["vaccines"], "EU")]


def test_a_plan_a_postponement_moved_is_no_imposition(extract):
    case = next(c for c in CASES if c.id == "a-date-heading-a-but-clause-is-its-steps")
    assert [m.effective for m in by_action(extract(*case.values[:2]), "impose")] == ["2016-03-16"]


def test_a_rate_verb_after_and_is_a_step_of_its_own_on_the_same_goods(extract):
    case = next(c for c in CASES if c.id == "a-rate-verb-after-and-continues-the-rate-move")
    steps = by_action(extract(*case.values[:2]), "raise")
    # ('the 2024 review' names the review: its year dates no step)
    assert sorted((m.effective, m.rate.value, m.products) for m in steps) == [
        ("2025-01-01", 50, ["medical gloves"]), ("2026-01-01", 100, ["medical gloves"])]


def test_governments_that_followed_suit_take_the_step_told_last(extract):
    found = extract("Intro.\n\nChina suspended imports of Brazilian chicken on Friday. The European Union also "
                    "suspended imports, while Mexico and Chile followed over the weekend, and Japan did the same on "
                    "Monday.", "2025-05-19")
    assert sorted((m.imposer, m.type, m.products, m.targets) for m in found if m.imposer in ("MX", "CL", "JP")) == [
        ("CL", "import_ban", ["chicken"], ["BR"]), ("JP", "import_ban", ["chicken"], ["BR"]),
        ("MX", "import_ban", ["chicken"], ["BR"])]


def test_a_quota_named_with_a_lift_caps_what_comes_back_in(extract):
    found = extract("Intro.\n\nMoscow will lift its ban on Turkish tomatoes from 1 November, but only within a quota "
                    "of 50,000 tonnes, the Russian agriculture ministry said on Friday.", "2017-10-28")
    assert sorted((m.action, m.type, m.products, m.effective) for m in found) == [
        ("impose", "quota", ["tomatoes"], "2017-11-01"), ("lift", "import_ban", ["tomatoes"], "2017-11-01")]


def test_following_suit_with_no_step_told_is_none(extract):
    assert extract("Intro.\n\nPrices rose in Brazil, and Mexico did the same on Monday.", "2025-05-19") == []


@pytest.mark.parametrize("text", [
    "Intro.\n\nChile closed its borders to foreigners on March 18 to curb the spread of the virus.",
    "Intro.\n\nKenya reopened its border with Tanzania to travellers on Monday.",
    "Intro.\n\nA report in a Seoul newspaper on Sunday that South Korea had also shut its market was denied.",
    "Intro.\n\nThe decision signals that Moscow has no intention of reopening its market to Western food.",
    # a business halting its own shipments
    "Intro.\n\nSeveral European postal operators suspended shipments to the United States in late August.",
    # a step no one takes
    "Intro.\n\nBangladesh loses its preferences in 2029. No partner raises a tariff on that day.",
    # a ban a relative clause says is kept tells how things stand
    "Intro.\n\nKazakhstan, which keeps its own ban on exports of fuel by road in place, has asked Russian suppliers "
    "to maintain deliveries through the winter.",
])
def test_a_border_shut_to_people_or_a_denied_or_unintended_step_is_no_measure(extract, text):
    assert extract(text, "2025-12-01") == []


@pytest.mark.parametrize("text,expected", [
    ("Australia has imposed targeted financial sanctions and travel bans on more than 1,000 individuals.", []),
    ("Hours earlier, the Treasury Department imposed sanctions on a Brazilian judge.", []),
    # ('sanctions on imports of Russian aluminium': sanctions on a flow of goods are its ban)
    ("The EU on Monday adopted sanctions on imports of Russian aluminium.", [("impose", "import_ban")]),
])
def test_sanctions_are_a_trade_measure_only_on_a_flow_of_goods(extract, text, expected):
    assert [(m.action, m.type) for m in extract(text, "2025-02-24")] == expected


def test_money_per_unit_in_other_currencies(extract):
    case = next(c for c in CASES if c.id == "money-per-unit-in-other-currencies")
    rates = sorted((m.products[0], m.rate.value, m.rate.unit) for m in by_action(extract(*case.values[:2]), "raise"))
    assert rates == [("gold", 2.5, "usd_per_kg"), ("silver", 3, "eur_per_kg")]


def test_each_rate_told_as_passive_subject_is_a_step(extract):
    case = next(c for c in CASES if c.id == "a-rate-as-passive-subject")
    cuts = by_action(extract(*case.values[:2]), "reduce")
    assert sorted((m.rate.value, m.rate.previous) for m in cuts if m.rate is not None) == [(2, 5), (5, 10)]


def test_each_figure_pair_says_which_way_the_rate_moved(extract):
    case = next(c for c in CASES if c.id == "two-figures-tell-the-direction")
    cuts = by_action(extract(*case.values[:2]), "reduce")
    assert sorted((m.products, m.rate.value, m.rate.previous) for m in cuts) == [
        (["chicken"], 15, 20), (["raisins"], 8, 12)]


def test_the_tax_reduced_is_the_articles_tariff_with_its_rates(extract):
    case = next(c for c in CASES if c.id == "the-tax-as-passive-subject-with-its-rates")
    cut = [m for m in by_action(extract(*case.values[:2]), "reduce") if m.products == ["chicken"]]
    assert [(m.type, m.rate.value, m.rate.previous) for m in cut] == [("import_tariff", 15, 20)]


def test_goods_that_went_up_to_a_rate_are_a_rate_step(extract):
    case = next(c for c in CASES if c.id == "the-goods-as-subject-of-a-rate-move")
    steps = by_action(extract(*case.values[:2]), "raise")
    assert sorted((m.effective, m.rate and m.rate.value) for m in steps) == [("2019", None), ("2023-03", 33)]


def test_the_step_after_since_date_when_happened_that_day_and_is_no_imposition(extract):
    found = extract("India removed the onion export duty on Friday. The 20% duty had been in force since "
                    "13 September 2024, when it was reduced from 40%.", "2025-03-22")
    assert [(m.action, m.announced, m.effective) for m in found if m.action != "lift"] == [
        ("reduce", "2024-09-13", "2024-09-13")]


def test_a_when_clause_without_a_trade_step_leaves_the_imposition(extract):
    found = extract("Malawi lifted its maize export ban on Wednesday. The ban was imposed in March 2016, when the "
                    "drought cut the crop.", "2017-05-25")
    assert [(m.action, m.announced) for m in found if m.action == "impose"] == [("impose", "2016-03")]


def test_every_step_of_a_run_of_verbs_after_date_when_happened_that_day(extract):
    # ('lifted the ban, set a $490 floor price': a participle after a comma with a measure of its
    # own is a verb of the run, not a description of the ban; the ban lifted is the ban's goods)
    found = extract("India banned exports of white rice in July 2023, put a 20 per cent duty on parboiled rice in "
                    "August that year and kept both until late September 2024, when it lifted the ban, set a $490 "
                    "floor price and cut the duty to 10 per cent from 20 per cent.", "2026-09-11")
    assert sorted((m.action, m.type, m.effective) for m in found if m.effective == "2024-09") == [
        ("impose", "export_control", "2024-09"), ("lift", "export_ban", "2024-09"), ("reduce", "export_duty", "2024-09")]
    assert [m.products for m in by_action(found, "lift")] == [["rice"]]


def test_a_date_heading_dates_the_steps_under_it_until_the_next_heading(extract):
    found = extract("WASHINGTON, Nov 10 (Wire) - The truce entered its second year on Tuesday.\n\nNOV 6, 2026\n"
                    "* China extended its suspension of the 24% tariff on U.S. goods for one year.\n"
                    "* It said it would scrap from Nov. 10 its 15% tariffs on U.S. coal.\n\nNOV 1, 2025\n"
                    "* China said it would exempt chips made at Nexperia's plant from the export ban it imposed on "
                    "Oct. 4.\n\nWHAT STAYS\n\n* China raised its tariff on U.S. soybeans to 10%.", "2026-11-10")
    assert sorted((m.action, m.announced, m.effective) for m in found) == [
        ("extend", "2026-11-06", "2026-11-06"), ("impose", "2025-10-04", "2025-10-04"),
        ("lift", "2026-11-06", "2026-11-10"), ("raise", None, None), ("suspend", "2025-11-01", None)]


def test_a_fronted_same_date_is_the_date_the_last_sentence_told(extract):
    found = extract("India removed the onion export duty on Friday. The duty was cut to 20% on 13 September 2024. "
                    "On the same date, the minimum export price on onions was done away with.", "2025-03-22")
    assert [(m.type, m.effective) for m in found if m.action == "lift" and m.type == "export_control"] == [
        ("export_control", "2024-09-13")]


@pytest.mark.parametrize("second,moved", [
    ("Corn and sorghum go to 8.5% from 9.5%.", [(["corn", "sorghum"], 8.5)]),
    ("The duty on corn went to 8.5% from 9.5%.", [(["corn"], 8.5)]),
    ("Traders said prices moved to 8.5% from 9.5% of output.", []),
], ids=["goods-go-to-a-rate", "the-duty-went-to-a-rate", "prices-moving-is-the-market"])
def test_a_plain_verb_moves_a_rate_only_with_goods_or_a_duty_as_subject(extract, second, moved):
    steps = by_action(extract(f"Argentina cut its export duties on Tuesday. {second}", "2025-12-10"), "reduce")
    assert [(m.products, m.rate.value) for m in steps if m.rate] == moved


@pytest.mark.parametrize("case_id,new", [
    ("replacing-a-ban-with-a-quota-lifts-the-ban", ("quota", ["cattle"], None)),
    ("lifted-and-replaced-it-is-one-lift", ("export_duty", ["chrome ore"], 20)),
])
def test_the_measure_put_in_place_of_another_is_imposed(extract, case_id, new):
    case = next(c for c in CASES if c.id == case_id)
    mentions = extract(*case.values[:2])
    [imposed] = [m for m in by_action(mentions, "impose") if m.type == new[0]]
    assert len(by_action(mentions, "lift")) == 1
    assert (imposed.type, imposed.products, imposed.rate and imposed.rate.value) == new


@pytest.mark.parametrize("signing,effective", [
    ("The Decree takes effect from the date of signing.", "2025-03-31"),
    ("Officials did not say when it applies.", None),
])
def test_rate_steps_after_a_dated_decree_are_the_decrees(extract, signing, effective):
    text = ("Vietnam lowers import tax rates on ethanol\n\nVietnam's Deputy Prime Minister has signed Decree No. 73/2025/ND-CP dated March 31, 2025, amending "
            f"import tax rates. {signing}\n\n- Ethanol: the rate on ethyl alcohol is cut from 10% to 5%.")
    cuts = by_action(extract(text, "2025-04-02"), "reduce")
    assert [(m.announced, m.effective) for m in cuts if m.rate is not None] == [("2025-03-31", effective)]


def test_a_heading_naming_a_government_gives_its_section_the_actor(extract):
    text = ("Mask curbs across Asia\n\nTaiwan\n\nExports of surgical masks were banned from 24 January 2020.\n\n"
            "South Korea\n\nThe government tightened the curbs on 5 March.\n\nThailand\n\nExports of masks "
            "were restricted on 5 February.")
    got = sorted((m.imposer, m.action) for m in extract(text, "2020-03-20"))
    assert got == [("KR", "tighten"), ("TH", "impose"), ("TW", "impose")]


def test_a_heading_with_a_dash_gives_its_item_the_actor(extract):
    text = ("3. EU - Grain tariffs start Monday\n\nEU tariffs on Russian cereals apply from Monday, 1 July.\n\n"
            "5. UZBEKISTAN - Food import duty holiday extended\n\nPresident Shavkat Mirziyoyev on Monday signed a "
            "decree extending until 31 December 2025 the exemption from customs duties on imports of meat.")
    got = {m.imposer for m in extract(text, "2024-06-28") if m.expires == "2025-12-31"}
    assert got == {"UZ"}


@pytest.mark.parametrize("second,dates", [
    pytest.param("It was made definitive in February 2019.", {"2018-07", "2019-02"}, id="a-told-measure-made-definitive"),
    pytest.param("It was already extended in December 2018.", {"2018-07", "2018-12"}, id="a-told-measure-extended"),
    pytest.param("They were pushed back as officials worked out the details.", {"2018-07"}, id="undated-no-step"),
])
def test_a_pronoun_subject_of_a_dated_passive_is_the_measure_told(extract, second, dates):
    text = f"The EU's steel safeguard quota was introduced on a provisional basis in July 2018. {second}"
    assert {m.announced for m in extract(text, "2025-03-01")} == dates


@pytest.mark.parametrize("same", ["The same order", "The same proclamation"])
def test_the_same_instrument_dates_its_step_by_the_instrument_told_last(extract, same):
    text = ("President Trump signed a proclamation on New Year's Eve pushing back the tariff increases on kitchen "
            "cabinets. The current 25% duties were slapped on kitchen cabinets by a proclamation Trump signed on "
            f"Sept. 29. {same} put a 10% tariff on imported softwood timber and lumber.")
    lumber = [m for m in extract(text, "2026-01-02") if "lumber" in m.products]
    assert [m.announced for m in lumber] == ["2025-09-29"]


def test_a_told_measure_dated_by_a_participle_is_one_mention(extract):
    text = ("Japan's prohibition on exporting cars with engines above 1,900 cc to Russia comes into force on "
            "10 August. The measure, announced by the Ministry of Economy, Trade and Industry on 28 July, covers "
            "new and used passenger cars.")
    assert [(m.announced, m.effective) for m in extract(text, "2023-08-01")] == [("2023-07-28", "2023-08-10")]


def test_a_rate_on_goods_as_subject_is_a_scheduled_step(extract):
    case = next(c for c in CASES if c.id == "a-rate-on-goods-as-subject-rises")
    got = [(m.products, m.rate.value, m.effective) for m in by_action(extract(*case.values[:2]), "raise") if m.rate]
    assert got == [(["semiconductors"], 50, "2025-01-01")]


def test_a_rate_on_goods_after_another_step_is_a_step_of_its_own(extract):
    text = ("Brazil's import tariff on fully electric vehicles rose to 18% from 10% on Monday, while the rate on "
            "plug-in hybrids climbed to 20% from 12%.")
    got = sorted((m.products[0], m.rate.value) for m in by_action(extract(text, "2024-07-02"), "raise"))
    assert got == [("electric vehicles", 18), ("hybrid vehicles", 20)]


def test_a_possessive_names_the_government_of_a_lower_case_ministry(extract):
    text = ("1. Uzbekistan holds back fertiliser\n\nUzbekistan has suspended exports of urea until 1 October.\n\n"
            "2. Paraguay pauses tomato import permits\n\nParaguay's agriculture ministry will stop issuing import "
            "permits for fresh tomatoes from Monday.")
    got = {(m.imposer, m.type) for m in extract(text, "2021-07-16") if m.products == ["tomatoes"]}
    assert got == {("PY", "import_ban")}


def test_replacing_one_duty_by_another_is_no_lift(extract):
    text = ("Norway will replace its fixed krone duties on hard cheese, beef and lamb with percentage tariffs of up to "
            "429 percent from January 1, the government said on Monday.")
    assert by_action(extract(text, "2012-10-09"), "lift") == []


def test_licences_required_since_a_date_impose_then(extract):
    case = next(c for c in CASES if c.id == "licences-required-since")
    found = [m for m in by_action(extract(*case.values[:2]), "impose") if m.effective == "2023-12-01"]
    assert len(found) == 1 and found[0].products == ["graphite"]


def test_a_pronoun_for_a_benefit_ends_the_benefit(extract):
    case = next(c for c in CASES if c.id == "restoring-a-benefit-relaxes-and-a-clause-keeps-its-date")
    ended = the_one(extract(*case.values[:2]), "impose")
    assert ended is not None and (ended.type, ended.imposer, ended.announced, ended.effective) == (
        "import_tariff", "US", "2025-02-01", "2025-02-04")


def test_split_rates_share_the_date_one_part_was_merged_with(extract):
    text = ("Turkey doubled tariffs on U.S. passenger cars, alcoholic drinks and leaf tobacco on Wednesday. Under "
            "the decree, the tariff on U.S. passenger cars rose to 120 percent, that on alcoholic beverages to 140 "
            "percent and the duty on leaf tobacco to 60 percent.")
    raises = by_action(extract(text, "2018-08-15"), "raise")
    assert sorted((m.rate.value, m.effective) for m in raises) == [
        (60, "2018-08-15"), (120, "2018-08-15"), (140, "2018-08-15")]


def test_split_rates_share_a_trailing_date(extract):
    case = next(c for c in CASES if c.id == "split-rates-share-a-trailing-date")
    cuts = by_action(extract(*case.values[:2]), "reduce")
    assert sorted((sorted(m.products), m.rate.value, m.effective) for m in cuts) == [
        (["soybeans"], 26, "2026-02-10"), (["soymeal", "soyoil"], 24.5, "2026-02-10")]


def test_split_rates_each_keep_their_own_date_and_a_targeted_government_does_not_act(extract):
    text = ("China halted coal imports from Australia in 2020. Relations soured after Australia called for an "
            "inquiry. Anti-dumping duties totalling 80.5% were slapped on Australian barley in May 2020, and duties "
            "of up to 218.4% on bottled wine were made final in March 2021.")
    duties = [m for m in by_action(extract(text, "2023-01-04"), "impose") if m.type == "import_tariff"]
    assert sorted((m.products[0], m.imposer, m.rate.value, m.effective) for m in duties) == [
        ("barley", "CN", 80.5, "2020-05"), ("wine", "CN", 218.4, "2021-03")]


@pytest.mark.parametrize("text,published,field,expected", [
    pytest.param("Months later, in December 2003, Japan banned American beef altogether after a case of mad cow "
                 "disease, and it lifted that ban in December 2005.", "2017-07-31", "targets",
                 {"impose": ("import_ban", ["US"], "2003-12"), "lift": ("import_ban", ["US"], "2005-12")},
                 id="a-leading-date-is-not-the-date-of-a-later-clause-with-its-own"),
    pytest.param("On 22 February Congo's regulator suspended all cobalt exports for four months, and in June the "
                 "suspension was extended for another three.", "2025-07-10", "products",
                 {"impose": ("export_ban", ["cobalt"], "2025-02-22"), "extend": ("export_ban", ["cobalt"], "2025-06")},
                 id="a-halt-extended-in-a-later-clause-is-a-step-with-its-own-date"),
])
def test_each_clause_step_keeps_its_own_date(extract, text, published, field, expected):
    found = {m.action: (m.type, getattr(m, field), m.effective) for m in extract(text, published)}
    assert found == expected


@pytest.mark.parametrize("text,expected", [
    pytest.param("The European Union and South Korea also suspended imports of Brazilian chicken on Friday.",
                 [("EU", ["BR"]), ("KR", ["BR"])], id="two-governments"),
    pytest.param("Taiwan, South Korea and Thailand have restricted exports of face masks.",
                 [("KR", []), ("TH", []), ("TW", [])], id="three-governments"),
    pytest.param("China imposed duties on steel from Japan and South Korea.",
                 [("CN", ["JP", "KR"])], id="coordinated-targets-act-not"),
])
def test_each_government_of_a_coordinated_subject_takes_the_step(extract, text, expected):
    assert sorted((m.imposer, m.targets) for m in extract(text, "2025-05-19")) == expected


def test_a_subject_after_a_heading_date_acts_though_the_goods_go_to_it(extract):
    text = "On 7 October 2013, Russia suspended imports of Lithuanian dairy products, the largest food export to Russia."
    assert [(m.imposer, m.targets) for m in extract(text, "2020-01-01")] == [("RU", ["LT"])]


def test_a_ban_on_another_countrys_goods_is_an_import_ban_whatever_flow_a_later_clause_names(extract):
    text = "Russia lifted the ban on Moldovan wine in November 2007, and shipments grew again over the years."
    assert [(m.type, m.targets) for m in extract(text, "2020-01-01")] == [("import_ban", ["MD"])]


@pytest.mark.parametrize("text, expected", [
    # the flow a ban takes as its object is the one banned, whatever traders a later clause names
    ("China has not bought German pork since September 2020, when it banned imports after swine fever was found "
     "in Brandenburg, and German exporters still hope for a regional deal.", [("CN", "import_ban", ["pork"])]),
    # (a flow heading its own clause keeps the ban of the first flow its own)
    ("Japan acted on Friday. Exports of luxury goods to Russia were banned from April 5, and imports of vodka "
     "from April 19.", [("JP", "export_ban", ["luxury goods"]), ("JP", "import_ban", ["vodka"])]),
])
def test_the_flow_a_ban_takes_as_its_object_is_the_one_banned(extract, text, expected):
    assert [(m.imposer, m.type, m.products) for m in extract(text, "2022-04-08")] == expected


def test_ending_a_four_week_suspension_lifts_and_the_weeks_are_how_long_the_halt_stood(extract):
    text = "China agreed on Thursday to let imports of Brazilian beef resume, ending a four-week suspension."
    [lift] = extract(text, "2023-03-24")
    assert (lift.action, lift.type, lift.duration, lift.expires) == ("lift", "import_ban", None, None)


def test_shipments_to_the_acting_country_halted_is_its_import_ban(extract):
    text = "China cited the protocol. Shipments of beef to China were suspended on Feb. 23."
    assert [(m.imposer, m.type) for m in extract(text, "2023-03-24")] == [("CN", "import_ban")]


def test_not_lifted_until_a_date_is_a_lift_on_that_date(extract):
    text = ("In 2021, Brazilian beef shipments to China were halted on Sept. 4, and Beijing did not lift the "
            "suspension until Dec. 15, more than three months later.")
    lift = the_one(extract(text, "2023-03-24"), "lift")
    assert (lift.imposer, lift.type, lift.effective, lift.expires) == ("CN", "import_ban", "2021-12-15", None)


def test_a_sanitary_agency_acts_for_its_government(extract):
    text = "On 10 September 2013, weeks before an EU summit, Rospotrebnadzor halted Moldovan wine imports."
    assert [(m.imposer, m.targets) for m in extract(text, "2020-01-01")] == [("RU", ["MD"])]


def test_a_government_opening_a_clause_after_comma_and_is_its_subject(extract):
    text = ("Japan limited its rules to poultry from one state on Saturday, and Saudi Arabia temporarily "
            "suspended imports of poultry meat from the state of Rio Grande do Sul.")
    assert [(m.imposer, m.type) for m in extract(text, "2025-05-19")] == [("SA", "import_ban")]


def test_a_passive_clause_keeps_the_goods_of_its_own_subject(extract):
    text = ("Sri Lanka's car imports were suspended in March 2020, and on 23 August 2022 imports of a further "
            "300 items, among them chocolates, perfumes and cosmetics, were suspended until further notice.")
    found = sorted((m.effective, m.type, m.products) for m in extract(text, "2023-06-09"))
    assert found == [("2020-03", "import_ban", ["cars"]),
                     ("2022-08-23", "import_ban", ["chocolate", "perfumes", "cosmetics"])]


@pytest.mark.parametrize("text,expected", [
    pytest.param("Egypt banned imports of Turkish steel and exports of cotton to Turkey on 3 May 2020.",
                 [("export_ban", ["cotton"], "2020-05-03"), ("import_ban", ["steel"], "2020-05-03")],
                 id="each-flow-its-goods"),
    pytest.param("From 5 January the UAE lifted its ban on goods of Qatari origin and on exports to Qatar.",
                 [("export_ban", [], "2021-01-05"), ("import_ban", [], "2021-01-05")], id="foreign-goods-then-exports"),
    pytest.param("Kenya on Monday banned the import and export of maize.",
                 [("export_ban", ["maize"], "2021-01-04"), ("import_ban", ["maize"], "2021-01-04")],
                 id="two-flows-share-the-goods"),
    pytest.param("Pakistan said imports from India were halted on Monday, and so were exports to it.",
                 [("export_ban", [], "2021-01-04"), ("import_ban", [], "2021-01-04")], id="second-flow-by-ellipsis"),
    pytest.param("The two firms were barred from import and export activities related to China on Monday.",
                 None, id="a-firms-trade-is-no-two-flows"),
])
def test_a_ban_on_both_directions_of_trade_is_one_mention_each(extract, text, expected):
    found = sorted((m.type, m.products, m.effective) for m in extract(text, "2021-01-08"))
    if expected is None:
        assert len(found) <= 1
    else:
        assert found == expected


@pytest.mark.parametrize("text,expected", [
    pytest.param("Nigeria's central bank removed the 43 items from the list of goods not valid for foreign exchange "
                 "on Wednesday.", [("NG", "other", "lift", [], None)], id="forex-list"),
    pytest.param('In June 2015 Nigeria declared 41 items "not valid for foreign exchange" at the official window.',
                 [("NG", "other", "impose", [], None)], id="declared-a-restriction"),
    pytest.param("Bangladesh's central bank raised the cash margin on LCs for cars to 100 per cent on Monday.",
                 [("BD", "other", "raise", ["cars"], 100)], id="letter-of-credit-margin"),
    pytest.param("Argentina will end the currency controls on Thursday.", [("AR", "other", "lift", [], None)],
                 id="currency-controls-and-will-end"),
    pytest.param("From Monday, Pakistani banks no longer need the central bank's prior approval to open LCs for imports "
                 "of medicines and raw materials for export industries.", [("PK", "other", "lift", ["medicines"], None)],
                 id="an-approval-for-imports-whatever-flow-comes-after"),
    pytest.param("The SIRA, the system under which every purchase needed prior approval, was scrapped on Tuesday, "
                 "Argentina said.", [], id="what-a-regime-required-is-no-step"),
])
def test_import_licensing_forex_and_margin_rules_are_other_measures(extract, text, expected):
    found = [(m.imposer, m.type, m.action, m.products, m.rate.value if m.rate else None)
             for m in extract(text, "2021-01-08")]
    assert found == expected


@pytest.mark.parametrize("text,expected", [
    pytest.param("Brussels hit back on Nov. 10, 2020 with 15% duties on Boeing aircraft.",
                 [("impose", ["aircraft"], "2020-11-10", 15)], id="a-dates-comma-breaks-no-object"),
    pytest.param("Brussels hit back from Nov. 10, 2020 with 15% duties on aircraft and 25% on tractors.",
                 [("impose", ["aircraft"], "2020-11-10", 15), ("impose", ["tractors"], "2020-11-10", 25)],
                 id="a-date-before-the-first-rate-holds-for-each"),
    pytest.param("The US imposed a 10% tariff on Airbus aircraft in October 2019. In February 2020 it lifted the "
                 "aircraft rate to 15%.", [("impose", ["aircraft"], "2019-10", 10), ("raise", ["aircraft"], "2020-02", 15)],
                 id="lifting-a-rate-to-a-figure-raises-it"),
    pytest.param("Egypt imposed safeguard duties on steel in April.", [("impose", ["steel"], "2020-04", None)],
                 id="a-past-step-in-a-yearless-month-is-the-month-before"),
    pytest.param("Egypt's steel mills are pressing the ministry to drop the safeguard duties on steel it imposed in April.",
                 [("impose", ["steel"], "2020-04", None)], id="a-relative-clause-of-an-urged-step-tells-a-fact"),
    pytest.param("Pakistan's carmakers are pressing the central bank to ease its import curbs.", [],
                 id="what-is-pressed-for-is-no-step"),
    pytest.param("Pakistan's ban on imports of kits for cars, imposed in July 2022, remains in force.",
                 [("impose", ["cars"], "2022-07", None)], id="a-participle-between-commas-tells-of-the-measure-before"),
])
def test_steps_told_around_dates_rates_and_clauses(extract, text, expected):
    found = sorted((m.action, m.products, m.effective, m.rate.value if m.rate else None)
                   for m in extract(text, "2021-01-08"))
    assert found == expected


def test_the_agency_whose_website_told_the_step_is_no_target(extract):
    text = ("Airbus faces higher duties. The aircraft tariff rises to 15 per cent on March 18, according to a notice "
            "posted on USTR's website, and will apply to new planes built in France and Germany.")
    assert [(m.imposer, m.targets) for m in extract(text, "2020-02-15")] == [("US", ["FR", "DE"])]


def test_an_implementing_regulation_is_no_step_and_no_announcement_comes_after_the_story(extract):
    text = ("Brussels suspended its duties on U.S. bourbon from January 1, 2022 until December 31, 2023, under an "
            "implementing regulation adopted in December.")
    [pause] = extract(text, "2022-01-06")
    assert (pause.action, pause.announced, pause.effective, pause.expires) == ("suspend", None, "2022-01-01", "2023-12-31")


def test_a_pause_dated_like_another_governments_new_measure_is_no_imposition(extract):
    text = "The US imposed a quota on EU steel from January 1, 2022. Brussels suspended its duties on U.S. bourbon from January 1, 2022."
    found = sorted((m.imposer, m.action, m.effective) for m in extract(text, "2022-01-06"))
    assert found == [("EU", "suspend", "2022-01-01"), ("US", "impose", "2022-01-01")]


@pytest.mark.parametrize("text", [
    "Under Law No. 4 of 2009, Indonesia banned exports of nickel ore.",
    "Under the Mining Act of 2009, Indonesia banned exports of nickel ore.",
], ids=["numbered-law", "act-of-year"])
def test_the_year_of_a_law_named_is_no_date_of_the_step(extract, text):
    [mention] = extract(text, "2023-06-09")
    assert (mention.announced, mention.effective) == (None, None)


def test_paused_measure_keeps_no_rate_of_its_own(extract):
    case = next(c for c in CASES if c.id == "rate-of-a-paused-measure-is-its-imposition-s")
    pause = the_one(extract(*case.values[:2]), "suspend")
    assert pause is not None and (pause.rate, pause.duration) == (None, "P30D")


@pytest.mark.parametrize("text", [
    pytest.param("Basmati shipments, which were never restricted, rose to a record.", id="never"),
    pytest.param("Beijing will not accept Washington's demands on soybean imports, the ministry said.",
                 id="will-not-accept-demands"),
    pytest.param("Kazakhstan's agriculture minister denied reports on social media that the government was preparing "
                 "to ban wheat exports altogether.", id="denied-reports-of-a-ban"),
    pytest.param("Norway's agriculture minister ruled out scrapping the butter tariff permanently.", id="ruled-out"),
    pytest.param("A further 47 entities in Russia are subject to financial sanctions; their assets are frozen. "
                 "Switzerland also adopted the asset-freeze measures on Monday.", id="frozen-assets-are-no-trade-step"),
    pytest.param("- Pakistan: The Economic Coordination Committee deferred a decision on allowing a further 500,000 "
                 "tonnes of sugar exports until stocks are audited.", id="a-deferred-decision"),
    pytest.param("31 Oct · Deadline for Kazakh exporters to apply for cattle quota allocations", id="apply-for"),
    pytest.param("Kenya's Treasury has said it will not extend the duty waiver on maize beyond September.",
                 id="a-waiver-that-will-not-be-extended"),
    pytest.param("Zambia continues to require export permits as well.", id="continues-to-require"),
    pytest.param("Guinea's government last month revoked dozens of exploration permits.", id="exploration-permits"),
    pytest.param("Under the July agreement, Japan also committed to increase purchases of US rice by 75 percent.",
                 id="committed-to"),
    pytest.param("Indonesia's trade ministry met refiners on Monday in a bid to lift the export ban on palm oil.",
                 id="a-purpose-is-no-step"),
    pytest.param("Rumours circulated on social media last week that the government of Tunisia would restrict "
                 "exports of olive oil.", id="rumours-of-a-restriction"),
    pytest.param("Japan's METI has put draft amendments to its export control ordinance out for public comment until "
                 "May 10.", id="draft-amendments-out-for-comment"),
    pytest.param("The European Union is preparing a tougher regime to replace its steel safeguard quotas.",
                 id="preparing-a-regime"),
    pytest.param("Indonesia's mining ministry raised royalty rates on nickel ore to a range of 14% to 19% in April.",
                 id="royalty-rates-are-domestic"),
    pytest.param("The foreign direct product rule exemptions for Japan remain in place.", id="standing-state"),
    pytest.param("Exports are carried by the minerals and coal directorate's own fleet.", id="no-measure"),
    pytest.param("Economists say the protection has not stopped imports of chicken.", id="negated"),
    pytest.param("Thailand will not extend its ban on sugar exports.", id="negated-future"),
    pytest.param("Rwanda and Kenya have promoted electric cars. Neither has restricted petrol or diesel imports.",
                 id="neither"),
    pytest.param("US importers paid $3 billion in tariffs on Chinese goods last year.", id="paid-a-sum"),
    pytest.param("Once the quota is used up, further imports of steel pay a 25% duty.", id="how-it-works"),
    pytest.param("The European Commission said it intends to impose anti-dumping duties on Chinese plywood.",
                 id="intends-to"),
    pytest.param("The new tariff extends the auto duties the administration has already put in place.",
                 id="extends-means-widens"),
    pytest.param("Lawmakers have urged the government to go further and require export licences for chipmaking "
                 "equipment.", id="urged"),
    pytest.param("Our counter tariffs will stay in place until the United States removes its unjustified tariffs.",
                 id="until-condition"),
    pytest.param("Importers that pay counter tariffs on goods imported on or after September 1, 2025 can claim a "
                 "refund.", id="pay-without-since"),
    pytest.param("Brazil's central bank, which raised its benchmark Selic rate to 13.25% in January, meets next week.",
                 id="interest-rate"),
    pytest.param("Vietnam found Indian shipments too small to cause injury and terminated that part of the case.",
                 id="procedure-ended"),
    pytest.param("Rapeseed bids fell by $15 a tonne as exporters priced in the export duty, traders said, and soybean "
                 "bids dropped as well.", id="prices-fall-not-the-duty"),
    pytest.param("Malaysia kept its export duty on crude palm oil for July at 10%, unchanged from June, though the "
                 "reference price was lowered.", id="kept-at-a-rate-and-a-price-lowered"),
    pytest.param("The omnibus bill sent to Congress on Wednesday would set a 15% export duty on most farm goods in "
                 "Argentina.", id="a-bill-would"),
    pytest.param("President Javier Milei has promised to eliminate Argentina's export taxes.", id="promised-to"),
    pytest.param("Most goods from Mexico enter duty-free under the 2020 agreement with the United States.",
                 id="enter-duty-free-as-things-stand"),
    pytest.param("The United States raised its income tax on Friday.", id="a-tax-on-no-flow-of-goods"),
    pytest.param("Section 232 of the 1962 act lets the president restrict imports that threaten national security.",
                 id="a-power-is-no-step"),
    pytest.param("Under Canada's quotas, steel imports above the quota will face a surtax of 50%.", id="over-quota-rate"),
    pytest.param("Has China removed any US company from its unreliable entity list?", id="a-question"),
    pytest.param("Analysts at a Brazilian brokerage said the steel measure would lift domestic prices by 5%.",
                 id="lift-prices"),
    pytest.param("Exports of American whiskey to the EU fell by a third after the tariffs were imposed.",
                 id="a-measure-recalled-in-a-clause-of-time"),
    pytest.param("India lifted the stock limits on pulses held by traders in March.", id="a-domestic-stock-limit"),
    pytest.param("Argentina raised its windfall tax on exporters' profits.", id="a-windfall-tax"),
    pytest.param("The regulator suspended sales of the drug in pharmacies.", id="sales-at-home-are-no-trade"),
    pytest.param("Beef imports normally carry a 40 percent tariff, and US beef still pays a reduced duty.",
                 id="habitual-verbs-tell-how-things-are"),
    pytest.param("The association wants the list of steel quotas widened to more than 20 products.", id="a-demand"),
    pytest.param("The EAC tariff on used clothes must be renewed every financial year.", id="a-recurring-step"),
    pytest.param("The gap between official and grey-market gold prices tends to widen whenever the duty goes up.",
                 id="whenever-a-duty-goes-up"),
    pytest.param("The journal that published the study on GM maize later retracted it.", id="not-a-government-acting"),
    pytest.param("The processors' association has renewed its call for a higher export levy on raw cashew nuts, "
                 "and there was renewed talk that Beijing may cut import duties on coal.", id="a-renewed-call"),
    pytest.param("The ministry cut rice tariffs. Hog raisers said cheap frozen pork would flood the market just as "
                 "farmers were trying to expand.", id="an-infinitive-is-no-passive"),
    pytest.param("Malaysia also committed not to impose export bans or quotas on rare earths.",
                 id="committed-not-to-impose"),
    pytest.param("Some analysts said an exemption for coffee could be limited to the baseline tariff, leaving the "
                 "Brazil-specific portion in place.",
                 id="an-indefinite-step-with-a-modal-verb"),
    pytest.param("A promised one-year pause of Beijing's newest rare earth export controls has not yet been published.",
                 id="an-indefinite-step-not-yet-taken"),
    pytest.param("In late November, Israel's defence ministry cut the list of countries to which its firms may sell "
                 "cyber tools.", id="a-list-is-not-cut"),
    pytest.param("Goods subject to the licensing regime include gallium.", id="goods-subject-to-licensing"),
    pytest.param("Exports of gallium are subject to licensing.", id="exports-are-subject-to-licensing"),
    pytest.param("In India, imports of vacuum flasks attract a basic duty of 7.5%.", id="goods-that-attract-a-duty"),
    pytest.param("Government Regulation No. 1 of 2014 stops short of the export ban on nickel ore that miners feared.",
                 id="stops-short-of-a-ban"),
    pytest.param("The central bank nudged its forecast up to 3% from 2.5%.", id="a-forecast-nudged-up"),
    pytest.param("Logs from private land can be exported freely, and Japan and South Korea charge no tariff on them.",
                 id="a-measure-charged-that-is-none"),
    pytest.param("The new anti-dumping rate covers most Canadian producers. It will apply to cash deposits once the "
                 "results are published.", id="what-a-rate-applies-to-is-no-measure"),
])
def test_no_new_step_is_no_mention(extract, text):
    assert extract(text, PUBLISHED) == []


def test_the_government_of_a_dated_paper_is_its_own(pipeline_obj, tmp_path):
    """'Dhaka, Sunday, ...' removed as the dateline: 'The government' that acts before any other
    does is Bangladesh's, though the lead names India more often."""
    news = tmp_path / "news"
    news.mkdir()
    (news / "rice.txt").write_text(
        "THE DAILY LEDGER\nDhaka, Sunday, September 13, 2026 | Business\n\n"
        "Govt slashes rice import duty as India tightens exports\n\n"
        "The government has cut the customs duty on rice imports to 2 percent from 10 percent, days after India "
        "brought back curbs on its own rice shipments.\n\nIn October 2024 the NBR cut the import duty on rice to "
        "25 percent from 62.5 percent.\n", encoding="utf-8")
    run(news, tmp_path / "out", pipeline=pipeline_obj)
    found = [json.loads(line) for line in (tmp_path / "out" / "mentions.jsonl").read_text().splitlines()]
    assert sorted((m["imposer"], m["action"], m["rate"]["value"]) for m in found) == [
        ("BD", "reduce", 2.0), ("BD", "reduce", 25.0)]
    assert not [m for m in found if m["imposer"] == "IN"]


def test_a_date_told_alone_after_and_is_a_step_of_its_own(extract):
    """(A sentence cut at '..., and on 25 August' by a line break split off a step that had no
    segment: the whole article was lost to a KeyError.)"""
    found = extract("India banned rice exports in 2022.\n\nOn 20 July 2023 exports of white rice were prohibited, "
                    "and on 25 August", None)
    assert [(m.imposer, m.type, m.effective) for m in found if m.effective and m.effective.startswith("2023")] == [
        ("IN", "export_ban", "2023-07-20"), ("IN", "export_ban", "2023-08-25")]


def test_an_instrument_described_in_an_appositive_takes_no_step_but_one_signed_does(extract):
    found = extract("Washington will suspend the affiliates rule, the Commerce Department regulation that extends "
                    "Entity List restrictions to any company owned by listed parties.", "2025-11-03")
    assert [m.action for m in found] == ["suspend"]
    found = extract("President Donald Trump on Thursday signed an executive order that lowers the U.S. tariff on cars "
                    "imported from Japan to 15% from 27.5%.", "2025-09-05")
    assert [m.action for m in found] == ["reduce"]


def test_restrictions_extended_to_more_companies_tighten(extract):
    found = extract("The US rule, which took effect on 29 September, extended Entity List restrictions to companies "
                    "owned 50% or more by listed parties.", "2025-11-14")
    assert "extend" not in {m.action for m in found} and "tighten" in {m.action for m in found}


def test_a_suspension_that_will_last_is_no_imposition(extract):
    text = "Vietnam suspended its rice export tariffs. The suspension of the tariffs will last until March 1."
    assert [m.action for m in extract(text)] == ["suspend"]


def test_remain_in_force_until_ends_the_step_told_before(extract):
    text = ("The Revenue Board of Bangladesh has today cut the customs duty on imported rice to 15% from 25% "
            "and withdrawn the regulatory duty on the grain. "
            "The reduced customs duty will remain in force until 15 January 2026.")
    found = {m.action: (m.products, m.expires) for m in extract(text, PUBLISHED)}
    assert found == {"reduce": (["rice"], "2026-01-15"), "lift": (["rice"], None)}


def test_press_release_government_is_the_last_resort_imposer(extract):
    text = ("Government of the Republic of Ghana\nMinistry of Trade\n\n"
            "The Board has today cut the customs duty on imported rice to 15% from 25%.")
    assert [(m.imposer, m.action) for m in extract(text, PUBLISHED)] == [("GH", "reduce")]


def test_import_halt_is_the_ban_not_a_tariff_suspension(extract):
    text = "The Philippines extended its rice import ban. The import halt follows a cut in the rice tariff."
    assert [(m.action, m.type) for m in extract(text)] == [("extend", "import_ban")]


@pytest.mark.parametrize("follow", [
    "The measure takes effect on November 20.",
    "The decree enters into force on November 20.",
    "The rule is effective upon publication on November 20.",
    "The new duty will become effective on November 20.",
])
def test_takes_effect_sentence_dates_the_step_told_before(extract, follow):
    """A bare 'on Saturday' only defaults to the effective date; the next sentence's
    'takes effect on ...' says it."""
    text = f"Turkey imposed a 40% duty on Chinese cars on Saturday. {follow}"
    [m] = extract(text, PUBLISHED)
    assert (m.action, m.announced, m.effective) == ("impose", "2025-11-08", "2025-11-20")


def test_rule_takes_effect_for_every_step_it_made(extract):
    text = ("The Commerce Department added 14 entities in China to the Entity List and removed two entities "
            "in India from the list. The rule is effective on November 13, 2025.")
    got = sorted((m.action, m.effective) for m in extract(text, PUBLISHED))
    assert got == [("impose", "2025-11-13"), ("lift", "2025-11-13")]


@pytest.mark.parametrize("text", [
    pytest.param("Canada lifted its counter tariffs on Monday. Removing the tariffs reflects the reality of trade.",
                 id="a-sentence-opening-gerund-restates-the-step"),
    pytest.param("Zambia lifted its maize export ban on Monday. Imports of genetically modified maize remain "
                 "prohibited.", id="remain-prohibited-is-how-things-stand"),
])
def test_only_the_lift_told_is_a_step(extract, text):
    assert [m.action for m in extract(text, PUBLISHED)] == ["lift"]


def test_same_day_mid_sentence_dates_the_second_step(extract):
    text = ("China's customs halted U.S. log imports on March 4, and on the same day suspended soybean imports from "
            "three U.S. companies.")
    got = sorted((m.products[0], m.announced, m.effective) for m in extract(text, PUBLISHED))
    assert got == [("logs", "2025-03-04", "2025-03-04"), ("soybeans", "2025-03-04", "2025-03-04")]


def test_a_rate_rise_told_in_the_present_is_scheduled(extract):
    text = "The US imposed tariffs on furniture on Tuesday. On Jan. 1 the tariff on upholstered furniture rises to 30%."
    got = [m.effective for m in extract(text, "2025-10-17") if m.action == "raise"]
    assert got == ["2026-01-01"]


def test_two_named_lists_are_two_measures(extract):
    text = ("On Thursday China added 28 US entities to its export control list and put 10 more US companies on its "
            "unreliable entity list.")
    assert [(m.type, m.action) for m in extract(text, PUBLISHED)] == [("entity_listing", "impose")] * 2


def test_bare_levies_are_the_articles_levies(extract):
    text = ("Indonesia will raise its export levy on crude palm oil to 10% from 7.5%. Levies on refined palm oil "
            "rise to 9.5% from 6%.")
    assert {m.type for m in extract(text, PUBLISHED)} == {"export_duty"}


def test_extending_a_removal_is_extending_a_suspension(extract):
    text = "The UK will extend the removal of all tariffs on goods from Ukraine until March 2029, it said today."
    assert [(m.action, m.expires) for m in extract(text, PUBLISHED)] == [("extend", "2029-03")]


def test_kept_measure_lends_no_products(extract):
    text = "Canada to remove counter tariffs on U.S. goods covered by CUSMA, maintain measures on steel and autos"
    [m] = extract(text, PUBLISHED)
    assert (m.action, m.products) == ("lift", [])


@pytest.mark.parametrize("text", [
    "Zimbabwe banned lithium ore exports in 2022. Refiners have since been allowed to export under permits.",
])
def test_allowed_to_export_is_a_licence_not_a_lift(extract, text):
    assert [m.action for m in extract(text, PUBLISHED)] == ["impose"]


def test_verb_with_object_is_no_adjective(extract):
    """'and scrapped the remaining gasoline curbs in mid-November' is a step, dated by 'mid-November'."""
    text = ("Russia lifted the export curbs on diesel in early October and scrapped the remaining gasoline export "
            "curbs in mid-November.")
    got = sorted((m.products[0], m.effective) for m in extract(text, "2024-05-22") if m.action == "lift")
    assert got == [("diesel", "2023-10"), ("gasoline", "2023-11")]


def test_an_industry_group_is_not_the_government_acting(extract):
    text = ("South Africa imposed duties on chicken from Brazil on Monday. Brazil's poultry exporters' association "
            "said it would appeal. The general customs duty on chicken was raised to 62% in March 2020.")
    assert {m.imposer for m in extract(text, PUBLISHED)} == {"ZA"}


def test_headline_verb_folds_into_the_body_step(extract):
    text = ("China tightens graphite exports with permit rule\n\n"
            "China will require exporters of graphite to obtain permits from December 1, the ministry said.")
    assert [(m.action, m.products) for m in extract(text, PUBLISHED)] == [("impose", ["graphite"])]


@pytest.mark.parametrize("lead,expected", [
    ("A day earlier", "2025-11-09"), ("The same day", "2025-11-10"),
    # (at the end of the phrase that opens the sentence)
    ("In a separate notification on the same day", "2025-11-10"),
    # (not inside a clause of the sentence's own)
    ("After markets closed, and on the same day", None),
])
def test_day_offset_dates_by_the_news(extract, lead, expected):
    text = (f"India on Monday lifted its ban on onion exports. "
            f"{lead}, the finance ministry cut the export duty on parboiled rice to 10% from 20%.")
    cut = the_one(extract(text, "2025-11-10"), "reduce")
    assert cut is not None and cut.announced == expected


def test_also_announced_takes_the_news_day_only_with_a_publication_date(extract):
    text = ("China said on Tuesday it would impose tariffs of 15% on U.S. coal. "
            "The commerce ministry also announced export controls on tungsten with immediate effect.")
    dated = [m for m in extract(text, "2025-02-04") if m.type == "export_control"]
    undated = [m for m in extract(text) if m.type == "export_control"]
    assert [(m.announced, m.effective) for m in dated] == [("2025-02-04", "2025-02-04")]
    assert [(m.announced, m.effective) for m in undated] == [(None, None)]


TWO_ACTIONS = ("Washington will cut tariffs on Chinese goods by 10 percentage points and suspend the "
               "additional levies until November 10, 2026.")


def test_two_actions_in_one_sentence_give_two_mentions(extract):
    assert sorted(m.action for m in extract(TWO_ACTIONS)) == ["reduce", "suspend"]


def test_two_actions_the_cut_carries_its_rate(extract):
    cut = the_one(extract(TWO_ACTIONS), "reduce")
    assert project(cut, ["imposer", "targets", "rate"]) == {
        "imposer": "US", "targets": ["CN"], "rate": (10, "percentage_points", "cut", None)}


def test_two_actions_the_suspension_carries_the_expiry(extract):
    suspension = the_one(extract(TWO_ACTIONS), "suspend")
    assert project(suspension, ["imposer", "expires", "rate"]) == {
        "imposer": "US", "expires": "2026-11-10", "rate": None}


CONTINUATION = ("Vietnam lifted its ban on gallium and germanium exports. "
                "The restrictions, introduced in December 2024, had hit chipmakers in Japan.")


def test_continuation_sentence_inherits_products_and_imposer(extract):
    imposition = the_one(extract(CONTINUATION), "impose")
    assert imposition is not None and project(imposition, ["imposer", "family", "products", "effective"]) == {
        "imposer": "VN", "family": "export", "products": ["gallium", "germanium"], "effective": "2024-12"}


def test_continuation_keeps_the_lift_undated(extract):
    lift = the_one(extract(CONTINUATION), "lift")
    assert lift is not None and project(lift, ["imposer", "products", "effective"]) == {
        "imposer": "VN", "products": ["gallium", "germanium"], "effective": None}


LIFT_WITH_HISTORY = "Pakistan lifted its ban on onion exports, which it had imposed on December 8, 2023."


def test_lift_of_a_dated_measure_also_gives_the_imposition(extract):
    imposition = the_one(extract(LIFT_WITH_HISTORY), "impose")
    assert imposition is not None and project(imposition, ["imposer", "products", "effective"]) == {
        "imposer": "PK", "products": ["onions"], "effective": "2023-12-08"}


def test_lift_of_a_dated_measure_does_not_take_the_imposition_date(extract):
    lift = the_one(extract(LIFT_WITH_HISTORY), "lift")
    assert lift is not None and lift.effective is None


def test_unresolved_weekday_is_kept_as_a_relative_date(extract):
    [mention] = extract("Malaysia banned exports of sugar on Friday.")
    assert [(d.text, d.value, d.how) for d in mention.dates if d.role == "effective"] == [
        ("Friday", None, "relative")]


def test_computed_expiry_says_it_was_inferred(extract):
    [mention] = extract("Indonesia suspended its palm oil export levy for 90 days from July 15, 2022.")
    assert [(d.value, d.how, d.anchor) for d in mention.dates if d.role == "expires"] == [
        ("2022-10-13", "inferred", "2022-07-15")]


@pytest.mark.parametrize(
    "text",
    [
        "Brazil could impose tariffs on American ethanol.",
        "Argentina is considering a ban on beef exports.",
        "The president threatened to raise tariffs on Canadian lumber.",
        "Officials said tariffs may rise if talks fail.",
        "The government ruled out a ban on wheat exports.",
        "Analysts expect India to lift its rice export ban next year.",  # regression, fixed in 48f6bf4
        "Brazil is studying lower tariffs on Chinese televisions.",
        "Brazil should cut the duty on imported cars to 20 percent, the lobby said.",
    ],
    ids=["could-impose", "considering-ban", "threatened-raise", "may-rise-if", "ruled-out", "analysts-expect",
         "studying-cut", "should-cut"],
)
def test_speculation_is_not_a_measure(extract, text):
    assert extract(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Peru accounts for 94% of global gallium output, traders said.",
        "Japan's exports to China fell 5% in September, the finance ministry said.",
        "Chinese shipments of gallium rose 12% in October, customs data showed.",
    ],
    ids=["share-of-output", "exports-fell", "shipments-rose"],
)
def test_statistic_is_not_a_measure(extract, text):
    assert extract(text) == []


def test_trade_adjacent_text_without_a_measure_gives_no_mentions(extract):
    text = ("Copper prices climbed 2% in London on Tuesday as traders weighed Chilean mine output and "
            "demand from Chinese smelters.\nWarehouse stocks of the metal fell for a third week, and "
            "analysts said freight costs from South America had eased since the summer.")
    assert extract(text) == []


REPEATED = (
    "Kenya suspends sugar import duty\n"
    "Kenya on Monday suspended its import duty on sugar until August 31, 2025.\n"
    "Millers welcomed the decision, which they said would lower local prices.\n"
    "The suspension of the sugar import duty runs until August 31, 2025, officials added."
)


def test_headline_lead_and_later_paragraph_are_one_mention(extract):
    assert len(extract(REPEATED, "2025-06-02")) == 1


def test_merged_mention_keeps_every_sentence_it_came_from(extract):
    [mention] = extract(REPEATED, "2025-06-02")
    assert len(mention.sentences) >= 2


def test_merged_mention_fields(extract):
    [mention] = extract(REPEATED, "2025-06-02")
    assert project(mention, ["imposer", "family", "action", "products", "effective", "expires"]) == {
        "imposer": "KE", "family": "import", "action": "suspend", "products": ["sugar"],
        "effective": "2025-06-02", "expires": "2025-08-31"}


@pytest.mark.parametrize(
    "text,direction",
    [
        ("Thailand suspended its export duty on natural rubber until March 31, 2026.", "liberalising"),
        ("India banned exports of non-basmati white rice on July 20, 2023.", "restrictive"),
    ],
    ids=["suspend", "impose"],
)
def test_direction_follows_the_action(extract, text, direction):
    assert [m.direction for m in extract(text)] == [direction]


def test_hs_codes_come_from_the_catalog(extract, rules):
    [mention] = extract("India banned exports of non-basmati white rice on July 20, 2023.")
    assert mention.hs_codes == rules.hs_codes(mention.products)


def test_another_steps_measure_names_nothing_of_this_one(extract):
    """'..., curbs exports of seven rare earths': the tariff of the clause before is not what is curbed."""
    got = {(m.type, tuple(m.products)) for m in extract(
        "China hits back with 34% tariff on all US goods, curbs exports of seven rare earths", PUBLISHED)}
    assert got == {("import_tariff", ()), ("export_control", ("rare earths",))}


def test_a_pronoun_acts_for_the_government_last_named(extract):
    """'Beijing has reached for mineral exports before. In December, it banned ...': 'it' is Beijing,
    not the government of the step told before; a date heading the second clause is its own."""
    text = ("The US raised tariffs on Chinese goods on Wednesday. It is the third time that Beijing has reached for "
            "mineral exports as leverage. In December, it banned shipments of gallium to the US, and in February "
            "it put tungsten and indium under export licensing.")
    got = {(m.imposer, m.type, m.effective) for m in extract(text, "2025-04-05") if m.action == "impose"
           and m.type != "import_tariff"}
    assert got == {("CN", "export_ban", "2024-12"), ("CN", "export_control", "2025-02")}


def test_a_flow_as_subject_of_a_passive_halt(extract):
    text = "Turkey has stopped all exports to Israel. Imports from Israel are suspended as well, the ministry said."
    got = {(m.imposer, m.type, m.action, tuple(m.targets)) for m in extract(text, "2024-05-02")}
    assert ("TR", "import_ban", "impose", ("IL",)) in got


def test_a_digest_item_heading_names_who_acts_in_it(extract):
    """'2. Chile: steel duties confirmed' then 'The finance ministry imposed ...': the ministry is
    Chile's, not that of the government of the item before; a list line is no heading."""
    text = ("TRADE BRIEF\n\n1. Kenya | Sugar duty suspended\n\nKenya suspended its import duty on sugar on Monday.\n\n"
            "2. Chile: steel duties confirmed\n\nThe finance ministry on Tuesday imposed anti-dumping duties on steel "
            "grinding balls from China.\n\n- United States: 74.9% for all companies;\n")
    got = {(m.imposer, m.action) for m in extract(text, "2025-06-20")}
    assert got == {("KE", "suspend"), ("CL", "impose")}


@pytest.mark.parametrize("text", [
    "Washington keeps the higher reciprocal tariff of 24% on hold until Nov. 10, 2026.",
    "China would keep its 24 per cent tariff on US goods on hold for another year.",
    # (a participle after the kept measure is the state it is kept in)
    "China will keep its tariffs on Canadian canola meal and peas suspended through Dec. 31, 2027.",
])
def test_keeping_a_tariff_on_hold_is_one_extension(extract, text):
    assert [m.action for m in extract(text, "2025-11-05")] == ["extend"]


@pytest.mark.parametrize("second, expected", [
    # the two governments of the last step told, each on the other
    ("After talks in Geneva, both sides cut their tariffs on each other's goods to 10% for 90 days.",
     [("CN", "reduce", ("US",), 10.0), ("US", "reduce", ("CN",), 10.0)]),
    # (opening a clause after ', and')
    ("Talks resumed in May, and both sides cut their tariffs on each other's goods to 10%.",
     [("CN", "reduce", ("US",), 10.0), ("US", "reduce", ("CN",), 10.0)]),
    # an agreement to act, or a step told by its verb only, is none
    ("Both sides agreed to cut their tariffs on each other's goods to 10%.", []),
    ("Both governments also extended the suspension of other tariffs.", []),
])
def test_both_sides_as_the_subject_each_take_the_step_on_the_other(extract, second, expected):
    found = extract("Intro.\n\nThe US raised its tariffs on Chinese goods to 145% in April 2025. " + second, "2025-05-14")
    assert sorted((m.imposer, m.action, tuple(m.targets), m.rate.value) for m in found if m.action != "raise") == expected


@pytest.mark.parametrize("second", [
    # an abbreviation in capitals owns the measure it qualifies (it is no dateline's place)
    "Heavy trucks from every country have paid a 25 percent U.S. tariff since Nov. 1 last year.",
    # ('Mexico included' is one of those the tariff falls on)
    "Heavy trucks from every country, Mexico included, have paid a 25 percent U.S. tariff since Nov. 1 last year.",
])
def test_the_country_qualifying_a_tariff_paid_owns_it(extract, second):
    found = extract("Intro.\n\nMexico raised its tariff on Chinese buses to 50 percent. " + second, "2026-10-06")
    assert [(m.imposer, m.effective) for m in by_action(found, "impose")] == [("US", "2025-11-01")]


def test_both_sides_after_a_step_earlier_in_the_sentence_each_take_the_step_on_the_other(extract):
    found = extract("Intro.\n\nCanada imposed a 25% surtax on US steel in July 2018, and both sides removed their "
                    "tariffs in May 2019.", "2025-05-14")
    assert sorted((m.imposer, tuple(m.targets), m.effective) for m in by_action(found, "lift")) == [
        ("CA", ("US",), "2019-05"), ("US", ("CA",), "2019-05")]


def test_both_sides_with_no_pair_told_before_take_no_step(extract):
    assert extract("Intro.\n\nAfter talks in Geneva, both sides cut their tariffs to 10% for 90 days.", "2025-05-14") == []


def test_a_tariff_kept_suspended_is_extended_with_its_goods_and_end(extract):
    found = extract("China will keep its tariffs on Canadian canola meal and peas suspended through Dec. 31, 2027, "
                    "and suspended its duty on pork.", "2026-11-12")
    assert sorted((m.action, tuple(m.products), m.expires) for m in found) == [
        ("extend", ("canola meal", "yellow peas"), "2027-12-31"), ("suspend", ("pork",), None)]


@pytest.mark.parametrize("text,published,action,expected", [
    pytest.param("Argentina raised the export duty on soybeans to 30% in December and to 33% in early March.",
                 "2008-04-02", "raise", [("2007-12", 30.0), ("2008-03", 33.0)],
                 id="and-to-a-rate-in-a-month"),
    pytest.param("India postponed its retaliatory tariffs on US almonds in late January, to April 1, and in late March, "
                 "to May 2.", "2019-06-18", "postpone", [("2019-01", None), ("2019-03", None)],
                 id="and-in-a-month-to-a-day"),
    pytest.param("Russia will limit wheat exports to 10.6 million tonnes between mid-February and the end of June.",
                 "2024-12-27", "impose", 1, id="a-range-is-one-step"),
    pytest.param("Sri Lanka suspended vehicle imports in March 2020, and in August the ministry allowed some buses in.",
                 "2024-12-27", "impose", 1, id="a-clause-with-its-own-verb-is-no-ellipsis"),
    # (the second step may name a measure of its own, with a start told by 'from')
    pytest.param("China imposed provisional anti-dumping deposits of up to 39% on European brandy in October 2024 and "
                 "final duties of up to 34.9% from July 5, 2025.", "2026-07-08", "impose",
                 [("2024-10", 39.0), ("2025-07-05", 34.9)], id="and-a-measure-of-its-own-from-a-day"),
])
def test_a_second_dated_step_told_by_ellipsis_is_a_mention_of_its_own(extract, text, published, action, expected):
    found = by_action(extract(text, published), action)
    if isinstance(expected, int):
        assert len(found) == expected
    else:
        assert sorted((m.announced, m.rate.value if m.rate else None) for m in found) == expected


def test_a_postposed_participle_dates_each_rate_of_a_listed_measure(extract):
    text = ("Officials frame the move as an answer to Washington's tariffs of 25% on steel and 10% on aluminium, "
            "imposed in March 2018, from which India never obtained an exemption.")
    got = sorted((m.imposer, m.products[0], m.effective) for m in by_action(extract(text, "2019-06-18"), "impose"))
    assert got == [("US", "aluminium", "2018-03"), ("US", "steel", "2018-03")]


def test_a_bare_deadline_after_a_start_date_puts_off_the_start(extract):
    # the deadline is the end the text dated last: here the start ('effective date'), so a
    # postponement; its 'to June 1' is the June after the step told in March, not after the story
    found = extract("Intro.\n\nEgypt notified higher duties on Turkish steel in October 2018, with an effective "
                    "date in January. In early March this year the deadline was postponed again, to June 1.",
                    "2019-08-01")
    assert [(m.imposer, m.announced, m.expires) for m in by_action(found, "postpone")] == [("EG", "2019-03", "2019-06-01")]
    assert by_action(found, "extend") == []


def test_a_bare_deadline_after_an_end_date_lengthens_the_measure(extract):
    found = extract("Intro.\n\nIndia banned sugar exports in June. The ban was due to end on October 31. In "
                    "October the government pushed the deadline back to March 31, 2024.", "2023-12-10")
    assert [m.expires for m in by_action(found, "extend")] == ["2024-03-31"]


def test_two_postponements_by_ellipsis_with_the_first_date_before_the_verb(extract):
    found = extract("Intro.\n\nEgypt notified higher duties on Turkish steel in October 2018, with an effective "
                    "date in January. In early March this year the deadline was postponed, to June 1, and in late "
                    "May for the second time, to August 1.", "2019-09-01")
    assert sorted((m.announced, m.expires) for m in by_action(found, "postpone")) == [
        ("2019-03", "2019-06-01"), ("2019-05", "2019-08-01")]


def test_a_step_on_no_measure_named_is_the_government_seen_acting_since(extract):
    # Washington's tariffs are told last, but Cairo is seen acting after them
    found = extract("Intro.\n\nEgypt's duties answer Washington's tariffs of 25% on steel, imposed in March 2018. "
                    "Cairo first notified its list on 20 June 2018, with an effective date in August. In January "
                    "this year the deadline was postponed, to April 1.", "2019-06-18")
    assert [m.imposer for m in by_action(found, "postpone")] == ["EG"]


def test_an_aside_between_dashes_does_not_end_the_subjects_reach(extract):
    found = extract("Intro.\n\nOn Friday Turkey's trade ministry said the new duties on 40 Chinese products - tyres, "
                    "flat glass, ceramic tiles, steel pipes, furniture and kitchen ware among them - would apply from "
                    "Monday, March 3.", "2025-03-01")
    assert [(m.imposer, m.type, m.effective) for m in by_action(found, "impose")] == [
        ("TR", "import_tariff", "2025-03-03")]


def test_an_inquirys_deadline_pushed_back_extends_no_measure(extract):
    found = extract("Intro.\n\nChina put a 100% tariff on Canadian canola oil in March. It opened an investigation "
                    "into canola seed in September and has since pushed back its deadline.", "2025-06-01")
    assert by_action(found, "extend") == []


def test_a_government_acting_in_a_when_clause_is_not_the_one_the_story_follows(extract):
    found = extract("Intro.\n\nUkraine has long been one of the largest wheat sellers. Prices jumped when Moscow "
                    "banned grain exports in August 2010. In October the cabinet set quotas on wheat and barley "
                    "exports until December 31.", "2011-01-15")
    assert [(m.imposer, m.type) for m in by_action(found, "impose")] == [("RU", "export_ban"), ("UA", "quota")]


@pytest.mark.parametrize("turn, expected", [
    ("Kazakhstan has restrictions of its own. ", "KZ"),
    # (with no government turned to, the ministry is the one seen acting last)
    ("Neighbours have restrictions of their own. ", "RU"),
])
def test_a_ministry_right_after_a_sentence_turning_to_a_government_is_that_governments(extract, turn, expected):
    found = extract("Intro.\n\nIn 2025 Russia banned gasoline exports by traders from March 1. " + turn +
                    "The energy ministry on Wednesday extended its ban on exporting diesel by road.", "2026-08-31")
    assert [m.imposer for m in by_action(found, "extend")] == [expected]


@pytest.mark.parametrize("second, expected", [
    # a measure that ran out on a day told is lifted then, with the goods it was told with
    ("The safeguard lapsed on 14 March 2012 and was not renewed.", [("US", ("steel",), "2012-03-14")]),
    ("The safeguard was lifted on 14 March 2012.", [("US", ("steel",), "2012-03-14")]),
    # a plan to lapse, or a lapse in another clause's time, is no step
    ("The safeguard was due to lapse on 14 March 2012.", []),
])
def test_a_measure_that_lapsed_on_a_day_told_was_lifted_then(extract, second, expected):
    found = extract("Intro.\n\nThe United States imposed a safeguard on steel imports in March 2009. " + second,
                    "2013-02-01")
    assert [(m.imposer, tuple(m.products), m.effective) for m in by_action(found, "lift")] == expected


def test_a_ban_named_with_goods_of_its_own_borrows_none(extract):
    # 'the ban on their shipments' is not the nickel ban told before
    found = extract("Intro.\n\nIndonesia banned nickel ore exports from January 2020. Bauxite was meant to follow "
                    "this month. But miners won a reprieve in May, when the government postponed the ban on their "
                    "shipments until May 2024.", "2023-06-12")
    assert [m.products for m in by_action(found, "postpone")] == [[]]


@pytest.mark.parametrize("text, action, expected", [
    # (a later step of the past told with one date: announced as it took effect, as tests/fresh43's gold has it)
    ("The Philippines set an export duty on copra of 10 per cent in 2008, and in the second year, from "
     "1 March 2010, the rate rose to 12 per cent.", "raise", [("2010-03-01", "2010-03-01", 12.0)]),
    ("Indonesia cut the export tax on cocoa beans to 10 per cent in April 2010; from 1 April 2012, the rate "
     "fell to 5 per cent.", "reduce", [("2010-04", "2010-04", 10.0), ("2012-04-01", "2012-04-01", 5.0)]),
])
def test_the_rate_moved_again_later_in_the_sentence_is_a_step_of_its_own(extract, text, action, expected):
    found = by_action(extract("Intro.\n\n" + text, "2013-02-01"), action)
    assert sorted(((m.announced, m.effective, m.rate.value) for m in found), key=str) == expected


def test_a_year_less_step_comes_before_the_end_it_sets(extract):
    # told in 2013: 'in November' is the November before 30 June 2010, not November 2012
    found = extract("Intro.\n\nKenya put a quota on sugar imports in May 2009. The ministry extended the quota in "
                    "November to 30 June 2010 and again in June to 31 December.", "2013-02-01")
    assert sorted((m.announced, m.expires) for m in by_action(found, "extend")) == [
        ("2009-11", "2010-06-30"), ("2010-06", "2010-12-31")]


def test_a_when_clause_led_by_a_titled_leader_takes_the_date_before_it(extract):
    found = extract("Intro.\n\nArgentina's farm policy is in turmoil. Beef has also been under tight control since "
                    "March 2006, when then-President Néstor Kirchner suspended beef exports for 180 days.", "2008-03-14")
    # (March 2006 + 180 days ends in August or September: no expiry is computed)
    assert [(m.imposer, m.type, m.announced, m.duration, m.expires) for m in by_action(found, "impose")] == [
        ("AR", "export_ban", "2006-03", "P180D", None)]


@pytest.mark.parametrize("sentence", [
    # 'bars' named as goods: after a trade verb, an adjective of origin or shape, before a duty
    "Mills that buy bars from local plants gain an edge, while those that forge balls from imported Chinese "
    "bars now pay more.",
    '"The bar duty is the one that hurts us," a producer said.',
    # what a step is for, a comparison and an idiom tell no step
    "The margin found was 41%, but the ministry chose a lower duty, sufficient to eliminate the injury.",
    "In March it said it would suspend steelmaking indefinitely, only to reverse course in April once the duties "
    "were in place.",
    # an inquiry opened is no quota opened
    "Separately, Chile opened a safeguard investigation into steel imports in March.",
])
def test_words_of_trade_steps_used_otherwise_add_no_mention(extract, sentence):
    found = extract("Intro.\n\nChile set duties on Chinese grinding balls in April. " + sentence, "2024-08-20")
    assert [(m.imposer, m.action, m.products) for m in found] == [("CL", "impose", ["grinding media"])]


def test_india_bars_exports_is_still_a_ban(extract):
    found = extract("Intro.\n\nIndia bars exports of onions with immediate effect.", "2025-03-05")
    assert [(m.imposer, m.type, m.products) for m in found] == [("IN", "export_ban", ["onions"])]


@pytest.mark.parametrize("text", [
    "Colombia's trade ministry issued a resolution on Monday. The resolution establishes a provisional duty of "
    "32.37% on corrugated bars from China.",
    "On Monday Colombia established a provisional duty of 32.37% on corrugated bars from China.",
])
def test_establishing_a_duty_imposes_it(extract, text):
    found = extract("Intro.\n\n" + text, "2025-03-05")
    assert [(m.imposer, m.type, m.products, m.targets, m.rate.value) for m in by_action(found, "impose")] == [
        ("CO", "import_tariff", ["rebar"], ["CN"], 32.37)]


@pytest.mark.parametrize("text, expected", [
    # the future of a step told in reported speech is the step
    ("Argentina's president said the soybean export duty would be cut to 26% from 33%.",
     [("AR", "reduce", ["soybeans"], 26.0)]),
    ("Argentina said export duties on soybeans would be lifted.", [("AR", "lift", ["soybeans"], None)]),
    # a condition is no step
    ("Tanzania said the ban on maize would be lifted as soon as Malawi withdrew its own.", []),
])
def test_a_reported_would_be_tells_the_step(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2025-07-28")
    assert [(m.imposer, m.action, m.products, m.rate.value if m.rate else None) for m in found] == expected


def test_a_weekday_before_a_day_and_month_is_one_date(extract):
    found = extract("Intro.\n\nIn a regulation published on Thursday 4 December, the Commission extended the "
                    "anti-dumping duty on steel road wheels from China to imports consigned from Morocco.", "2025-12-15")
    assert [m.announced for m in by_action(found, "tighten")] == ["2025-12-04"]


def test_a_step_entering_into_force_is_no_new_measure(extract):
    # 'The extension entered into force': when the extension (a widening to another origin) applies;
    # the plywood duty told before does not take the wheels
    found = extract("Intro.\n\nThe EU imposed duties on Chinese plywood on 18 June 2025. In a separate regulation "
                    "published on 4 December, the Commission extended the anti-dumping duty on steel road wheels "
                    "from China to imports consigned from Morocco. The extension entered into force the following "
                    "day.", "2025-12-15")
    assert [(m.action, m.products, m.effective) for m in found] == [
        ("impose", ["plywood"], "2025-06-18"), ("tighten", ["steel", "wheels"], "2025-12-05")]


def test_goods_that_name_a_dispute_are_not_the_steps_goods(extract):
    found = extract("Intro.\n\nPresident Reagan on Monday lifted the 100 percent duties on $51 million of the Japanese "
                    "goods he penalized in the semiconductor dispute.", "1987-06-12")
    assert [(m.imposer, m.action, m.products) for m in found] == [("US", "lift", [])]
    found = extract("Intro.\n\nChina removed its duties on Australian barley in August. Australia said it would "
                    "withdraw the barley dispute now that the duties have been lifted.", "2023-08-20")
    assert [(m.imposer, m.action) for m in found] == [("CN", "lift")]


def test_capping_exports_with_quotas_imposes_the_quotas(extract):
    found = extract("Intro.\n\nUkraine capped grain exports with quotas in October 2010.", "2011-10-15")
    assert [(m.imposer, m.type, m.products, m.announced) for m in by_action(found, "impose")] == [
        ("UA", "quota", ["grains"], "2010-10")]


def test_a_second_participle_shares_the_passive_subject(extract):
    found = extract("Intro.\n\nChina opened anti-dumping investigations into US chicken in 2009. Provisional "
                    "anti-dumping deposits of 43.1 to 105.4 per cent were announced on 5 February 2010 and applied "
                    "from 13 February.", "2010-03-01")
    assert [(m.imposer, m.type, m.announced, m.effective, m.rate.value) for m in by_action(found, "impose")] == [
        ("CN", "import_tariff", "2010-02-05", "2010-02-13", 105.4)]


@pytest.mark.parametrize("sentence, published", [
    # a rate that slides with prices is how a measure works, not a step
    ("Provinces pay an export charge that rises from 5 to 15 per cent as prices fall.", "2024-10-01"),
    ("Russia's floating export duty will fall as prices drop.", "2024-10-01"),
    # a step denied, or a decision put off
    ("Ecuador and Mexico froze their trade talks in 2024, but neither country has raised tariffs against the other.",
     "2025-03-14"),
    ("China told buyers to stop taking Australian coal, though Beijing never formally announced restrictions on "
     "those goods.", "2025-03-14"),
    ("The committee also postponed to its April meeting a decision on anti-dumping duties on Chinese glass.",
     "2025-03-14"),
    ("Separately, Trump delayed by up to six months a decision on whether to impose tariffs on imported cars.",
     "2025-03-14"),
    # a recommendation, or what a tariff raises
    ("The Korea Trade Commission on Thursday recommended that the Ministry of Economy and Finance impose provisional "
     "anti-dumping duties of up to 21.6% on polyester film from China.", "2026-03-06"),
    ("Every hour an importer spends chasing paperwork for a tariff that raises almost nothing is an hour lost.",
     "2026-03-06"),
    # a firm's buying or credit limits are its own business
    ("One large export house said it had raised its buying limits for leafy teas from Iraq.", "2026-09-17"),
    ("The bank cut the credit limits of three Iraqi importers on Monday.", "2026-09-17"),
    # a step still discussed or considered has not been taken
    ("PHILIPPINES: RICE TARIFF CUT UNDER DISCUSSION", "2025-09-26"),
    ("Indonesian officials said a cut to the nickel ore mining quota was being discussed.", "2025-09-26"),
    ("- The rumour that Saudi Arabia will put a safeguard on rebar.", "2026-10-01"),
    # a carrier's freight surcharge is no duty
    ("A major Egyptian carrier raised its peak-season surcharge on Europe routes by US$150.", "2026-10-13"),
    # a licence to explore, mine or operate at home is no licence to trade
    ("- Namibia extends uranium exploration licences by two years", "2026-11-10"),
    ("- Ghana lifts suspension of small-scale gold licences in the Ashanti region", "2026-11-10"),
    ("Guinea has revoked dozens of mining licences on Monday.", "2026-11-10"),
])
def test_sentences_that_tell_no_step(extract, sentence, published):
    assert extract("Intro.\n\n" + sentence, published) == []


@pytest.mark.parametrize("second, expected", [
    # a measure that will be kept to a new end is extended
    ("In late April 2016 it announced that the surcharges would be kept for another year, until June 2017.",
     [("extend", "2016-04", "2017-06")]),
    # how it stood through a crisis is no step
    ("The surcharges were kept in place through the 2016 crisis.", []),
])
def test_a_measure_to_be_kept_to_a_new_end_is_extended(extract, second, expected):
    found = extract("Intro.\n\nEcuador imposed import surcharges in March 2015. " + second, "2018-03-14")
    assert [(m.action, m.announced, m.expires) for m in found if m.action != "impose"] == expected


TANZANIA_BAN = [("TZ", "import_ban", "impose", "2025-05")]
TURKISH_RAISE = [("TR", "import_tariff", "raise", "2026-01-31")]


# raising a matter or a complaint, or discussing a practice, is no step
RAISED_MATTERS = [("Tanzania barred Kenyan maize in May. " + sentence, sentence[:16], "2025-06-28", TANZANIA_BAN)
                  for sentence in ("Kenya's trade ministry said on Saturday that Nairobi would raise the matter through "
                                   "diplomatic channels.",
                                   "Uganda raised concerns about the treatment of its eggs and poultry at the border.",
                                   "Kenya complained about delays in the issuance of import permits for its maize.",
                                   "Delegates also discussed the practice of some Partner States of restricting exports "
                                   "of maize.")]


@pytest.mark.parametrize("text, tested, published, expected", RAISED_MATTERS + [
    # a rise in wages is no duty moved, whatever date it takes effect
    ("Turkey raised its duty on yarn to 20% on 31 January. Energy prices and the minimum wage increase effective "
     "01.01.2026 weigh on our costs.", "Energy prices", "2026-02-09", TURKISH_RAISE),
    # a numbered heading that names the goods' countries in brackets names no government
    ("2. Reciprocal rates at a glance (Southeast Asia and China)\n\nTurkey raised its duty on yarn to 20% on 31 "
     "January.", "Reciprocal rates", "2026-02-09", TURKISH_RAISE),
    # a review, a consultation, a pending approval and a postal operator's choice are no government's step
    ("Japan is reviewing its rule that exempts imports worth JPY 10,000 or less from duty.", "Japan", "2026-02-10", []),
    ("The UK is consulting on how to end its GBP 135 low-value relief.", "The UK", "2026-02-10", []),
    ("Under the deal Bangladesh agreed to cut tariffs on US goods. Those tariff cuts on the Bangladeshi side still need "
     "approval in Dhaka and have no start date.", "Those tariff cuts", "2026-02-10",
     [("BD", "import_tariff", "reduce", None)]),
    ("Several national posts stopped accepting US-bound goods for some weeks.", "Several", "2026-02-10", []),
])
def test_what_takes_no_step(extract, text, tested, published, expected):
    found = extract("Intro.\n\n" + text, published)
    assert [(m.imposer, m.type, m.action, m.effective) for m in found] == expected
    assert not [m for m in found if m.sentence.startswith(tested)]


def test_goods_that_could_no_longer_be_imported_are_banned(extract):
    found = extract("Intro.\n\nBangladesh's National Board of Revenue ordered on April 13 that yarn could no longer "
                    "be imported through the Benapole and Bhomra land ports from April 15.", "2025-06-28")
    assert [(m.imposer, m.type, m.action, m.products, m.announced, m.effective) for m in found] == [
        ("BD", "import_ban", "impose", ["yarn"], "2025-04-13", "2025-04-15")]


def test_a_regime_withdrawn_is_no_import_ban(extract):
    found = extract("Intro.\n\nA second decree amended the annex so that the fabrics listed in it may no longer be "
                    "imported temporarily by companies under the scheme.", "2024-12-20")
    assert [m.type for m in found] == []


def test_a_verb_after_a_modal_does_not_take_the_measure_before_it(extract):
    found = extract("Intro.\n\nBangladesh cut the import duty on onions. The commission said the prices of the two "
                    "products have increased abnormally, and that reducing the duty will increase the supply.", "2024-09-10")
    assert [m.action for m in found] == ["reduce"]


def test_a_bulleted_digest_item_names_the_government_of_its_shared_agency(extract):
    found = extract("Intro.\n\n1. VIETNAM: Duties on wind towers\n\nVietnam's Ministry of Industry and Trade imposed "
                    "provisional duties on wind towers from China on Monday.\n\n5. ALSO NOTED\n\n- Philippines: The "
                    "Department of Agriculture on Monday lifted its temporary ban on poultry imports from the US state "
                    "of Georgia, after US authorities reported no new cases of bird flu for three months.", "2026-03-06")
    assert [(m.imposer, m.type, m.expires) for m in by_action(found, "lift")] == [("PH", "import_ban", None)]
    assert by_action(found, "suspend") == []


@pytest.mark.parametrize("text, expected", [
    ("President Biden today signed a proclamation continuing for four more years the safeguard measure on imports "
     "of solar cells.", ["extend"]),
    ("The government said it continued to impose the duties on imported solar cells.", []),
])
def test_continuing_a_measure_for_a_time_extends_it(extract, text, expected):
    found = extract("Intro.\n\nThe United States imposed a safeguard on solar cells in 2018. " + text, "2022-02-04")
    assert [m.action for m in found if m.action != "impose"] == expected


def test_a_decision_accepted_on_advice_dates_the_steps_told_after_it(extract):
    found = extract("Intro.\n\nOn 12 June, I accepted the recommendations of the Trade Remedies Authority in two "
                    "cases. I have imposed anti-dumping duties of 4.7% to 21.3% on ceramic tiles from India. "
                    "These duties apply from 20 June 2025.", "2025-06-26")
    assert [(m.action, m.announced, m.effective) for m in found] == [("impose", "2025-06-12", "2025-06-20")]


def test_a_figure_after_prices_rose_is_not_the_duty_rate(extract):
    found = extract("Intro.\n\nSouth Africa imposed a safeguard duty on steel billets in March, while local billet "
                    "prices rose by around 9%.", "2025-06-26")
    assert [(m.action, m.rate) for m in found] == [("impose", None)]


@pytest.mark.parametrize("verb", ["applies from", "takes effect on"])
def test_a_decree_that_applies_from_a_day_dates_the_step_it_sets(extract, verb):
    found = extract("Intro.\n\nEgypt will charge definitive safeguard duties of 15.2% on imported steel billets for "
                    "three years, under a decree from the Ministry of Investment and Foreign Trade. The decree, "
                    f"published in the official gazette on Thursday, {verb} Saturday 1 November 2025.", "2025-11-02")
    assert [(m.action, m.products, m.announced, m.effective) for m in found] == [
        ("impose", ["steel billets"], "2025-10-30", "2025-11-01")]


def test_the_measure_a_relative_clause_imposed_is_a_step_for_each_rate(extract):
    found = extract("Intro.\n\nEgypt will charge definitive duties of 15.2% on billets. The new rates are lower than "
                    "the provisional duties of 16.2% on billets and 13.6% on flat products that the ministry imposed "
                    "on 14 April for 200 days.", "2025-11-02")
    assert [(m.products, m.announced, m.duration, m.rate.value) for m in found if m.announced != "2025-11-02"] == [
        (["steel billets"], "2025-04-14", "P200D", 16.2), (["flat steel products"], "2025-04-14", "P200D", 13.6)]


def test_split_rates_share_a_fronted_date_and_a_trailing_duration(extract):
    found = extract("Intro.\n\nEgypt has used safeguards on steel before. In April 2019 the trade ministry imposed "
                    "provisional safeguard duties of 15% on billets and 25% on rebar for 180 days.", "2025-11-02")
    # (April 2019 + 180 days ends in September or October: no expiry is computed)
    assert [(m.products, m.announced, m.duration, m.expires) for m in found] == [
        (["steel billets"], "2019-04", "P180D", None), (["rebar"], "2019-04", "P180D", None)]


def test_goods_named_before_the_verb_are_not_the_goods_of_its_rates(extract):
    found = extract("Intro.\n\nEgypt's independent steel rolling mills are pressing the Ministry of Trade and Industry "
                    "to drop the provisional safeguard duties it imposed in April: 15% on imported steel billets and "
                    "25% on rebar, for 180 days.", "2019-05-17")
    assert [(m.products, m.rate.value) for m in found] == [(["steel billets"], 15.0), (["rebar"], 25.0)]


def test_what_a_rule_requires_in_an_as_clause_is_no_step(extract):
    found = extract("Intro.\n\nEgypt imposed safeguard duties on steel billets on Thursday. Under the decree, the "
                    "rates will be reduced gradually in the second and third years, as World Trade Organization rules "
                    "require for safeguards that last more than one year.", "2025-11-02")
    assert [(m.type, m.action) for m in found] == [("import_tariff", "impose")]


def test_a_participle_with_its_agent_hedges_nothing_and_an_aside_on_an_origin_keeps_the_actor(extract):
    found = extract("Intro.\n\nA minister at the Department for Business and Trade answered on two cases. First, "
                    "following a new investigation requested by UK producers, I have imposed anti-dumping duties of "
                    "21.3% on ceramic tiles from India. Secondly, the Trade Remedies Authority reviewed the measure on ceramic tiles from "
                    "China, which was first imposed by the European Union in 2011. I have therefore extended the "
                    "anti-dumping duties on Chinese ceramic tiles for a further five years.", "2025-07-01")
    assert [(m.imposer, m.action) for m in found] == [("GB", "impose"), ("EU", "impose"), ("GB", "extend")]


def test_goods_after_a_closed_after_clause_are_the_steps(extract):
    found = extract("Intro.\n\nIn August 2010, after the worst drought in decades, Moscow banned grain exports from "
                    "15 August.", "2026-02-13")
    assert [(m.imposer, m.type, m.products, m.effective) for m in found] == [
        ("RU", "export_ban", ["grains"], "2010-08-15")]


def test_a_bare_duty_on_goods_named_with_an_export_duty_is_that_export_duty(extract):
    found = extract("Intro.\n\nRussia's grain trade is quiet. The weekly export duty on wheat continues to fall. "
                    "The agriculture ministry said on Friday that the wheat duty will fall to 76.4 roubles a tonne "
                    "from Wednesday.", "2026-02-13")
    assert [(m.imposer, m.type, m.action, m.announced, m.effective) for m in found] == [
        ("RU", "export_duty", "reduce", "2026-02-13", "2026-02-18")]


def test_a_quota_that_opens_on_a_day_applies_from_then(extract):
    found = extract("Intro.\n\nRussia's grain export quota for the second half of the season opens on Sunday and "
                    "runs until 30 June.", "2026-02-13")
    assert [(m.imposer, m.type, m.action, m.effective, m.expires) for m in found] == [
        ("RU", "quota", "impose", "2026-02-15", "2026-06-30")]


def test_a_told_duty_that_rises_to_a_new_level_is_a_step_of_its_own(extract):
    found = extract("Intro.\n\nIn June 2025 the EU adopted a regulation that put tariffs on fertilisers from Russia. "
                    "Both sets of duties have applied since 1 July 2025. From 1 July 2026 the duties rise to €60 and "
                    "€80 a tonne, from €40 and €45.", "2026-01-01")
    assert [(m.action, m.effective, m.rate.value, m.rate.unit) for m in by_action(found, "raise")] == [
        ("raise", "2026-07-01", 80.0, "eur_per_tonne")]


def test_a_long_passive_subject_before_has_been_is_the_measure_extended(extract):
    found = extract("Intro.\n\nKazakhstan's agriculture ministry announced two orders. By an order signed by the Minister "
                    "of Agriculture on Tuesday, the temporary ban on the export of live bulls from the territory of the "
                    "Republic of Kazakhstan has been extended for six months, until 31 March 2026.", "2025-10-03")
    assert [(m.imposer, m.type, m.action, m.products, m.announced, m.expires) for m in found] == [
        ("KZ", "export_ban", "extend", ["bulls"], "2025-09-30", "2026-03-31")]


def test_a_measure_after_a_time_aside_is_the_object_of_its_verb(extract):
    found = extract("Intro.\n\nKazakhstan's agriculture ministry announced an order. The same order establishes, for the "
                    "same period, from 1 October 2025 to 31 March 2026, an export quota of 50,000 head for sheep and "
                    "goats.", "2025-10-03")
    assert [(m.imposer, m.type, m.action, m.products, m.effective, m.expires) for m in found] == [
        ("KZ", "quota", "impose", ["sheep", "goats"], "2025-10-01", "2026-03-31")]


def test_a_bare_ban_after_quotas_is_the_ban_of_the_flow_told(extract):
    found = extract("Intro.\n\nCongo will end its halt to cobalt exports next month and move to quotas. The ban, in "
                    "force since 22 February and due to lapse on Sept. 21, has been prolonged until Oct. 15.",
                    "2025-09-26")
    assert {(m.type, m.action) for m in found if m.action in ("impose", "extend")} == {
        ("export_ban", "impose"), ("export_ban", "extend")}


def test_allowed_to_resume_exports_lifts_and_background_and_standing_exemptions_are_no_steps(extract):
    found = extract("Intro.\n\nRussia's government on Friday extended a ban on gasoline exports by traders until Feb. 28, "
                    "and said refiners themselves would be allowed to resume gasoline exports from Jan. 1, easing curbs "
                    "that had been tightened during an autumn supply crunch. Deliveries under intergovernmental "
                    "agreements remain exempt from the ban.", "2025-12-26")
    assert [(m.type, m.action, m.products, m.effective, m.expires) for m in found] == [
        ("export_ban", "extend", ["gasoline"], "2025-12-26", "2026-02-28"),
        ("export_ban", "lift", ["gasoline"], "2026-01-01", None)]


def test_those_on_other_goods_is_the_same_measure_cut_again(extract):
    found = extract("Argentina cut to zero until 30 June the export duties on wheat and barley, and lowered those on "
                    "corn and sorghum to 7% from 8.5%.", "2026-03-02")
    assert sorted((m.products, m.type, m.rate.value if m.rate else None) for m in by_action(found, "reduce")) == [
        (["corn", "sorghum"], "export_duty", 7.0), (["wheat", "barley"], "export_duty", None)]


def test_a_step_told_in_a_when_clause_takes_the_date_before_it_not_the_news_day(extract):
    # 'also' ties a step to the story's news day, except in a clause a date heads: 'since December, when ... also'
    found = extract("Argentina cuts grain duties\n\nBUENOS AIRES, 2 March (APN).- The national government cut to zero "
                    "until 30 June the export duties on wheat and barley.\n\nThe duties for wheat and barley had been "
                    "7.5% since December, when the government also lowered the soybean duty to 24% from 26%.",
                    "2026-03-02")
    soy = [m for m in by_action(found, "reduce") if m.products == ["soybeans"]]
    assert [(m.announced, m.effective, m.rate.value) for m in soy] == [("2025-12", "2025-12", 24.0)]


def test_date_back_to_is_an_origin_not_an_end(extract):
    found = extract("Intro.\n\nThe U.S. metal tariffs date back to March 2018, when the first Trump administration "
                    "imposed duties of 25% on steel and 10% on aluminum.", "2026-01-23")
    assert sorted((m.products[0], m.effective, m.expires) for m in by_action(found, "impose")) == [
        ("aluminum", "2018-03", None), ("steel", "2018-03", None)]










def test_renewed_with_more_products_added_is_no_widening_and_shares_the_subject(extract):
    found = extract("Brazil cut its steel quotas on Wednesday.\n\nThe system was introduced in June 2024 for 12 "
                    "months and renewed for another year in May 2025, with more products added.", "2026-02-27")
    assert sorted((m.action, m.announced) for m in found if m.announced < "2026") == [
        ("extend", "2025-05"), ("impose", "2024-06")]


# Every mention of one action (None: of any), projected to the keys, in order: for texts that tell
# several steps, or none, where `test_mention_fields` checks the one mention of an action.
STEPS = [
    pytest.param(
        "Argentina cut export duties on wheat on Monday.\n\nExport duties were reintroduced in 2002 after "
        "the end of convertibility.", "2026-03-02",
        "impose", ("type", "effective"), [("export_duty", "2002")],
        id="reintroduced-duties-are-imposed"),
    pytest.param(
        "On 31 July 2025 President Trump raised the U.S. tariff on Canadian goods to 35% from 25%, and "
        "postponed for 90 days an increase in the rate on Mexican goods to 30%.", "2025-08-05",
        "postpone", ("type", "targets", "announced"), [("import_tariff", ["MX"], "2025-07-31")],
        id="putting-off-an-increase-is-a-step-on-the-same-measure"),
    pytest.param(
        "Intro.\n\nThe United States has used a 1977 emergency powers law to put tariffs on Brazil.",
        "2025-09-01",
        None, ("announced", "effective"), [(None, None)],
        id="the-year-of-a-law-dates-no-step"),
    pytest.param(
        "BIS adds 16 parties to the Entity List\n\nThe Commerce Department's Bureau of Industry and Security "
        "on Tuesday added 16 parties in China to the Entity List.\n\nThe rule builds on the December 2, "
        "2024 package, which tightened controls on chipmaking equipment and high-bandwidth memory.",
        "2026-02-12",
        "tighten", ("type", "effective"), [("export_control", "2024-12-02")],
        id="controls-on-goods-in-a-story-of-listings-are-export-controls"),
    pytest.param(
        "Intro.\n\nThe U.S. rule adds 16 parties in China and Malaysia to the Entity List and removes "
        "three parties in Singapore.", "2026-02-12",
        "lift", ("imposer", "targets"), [("US", ["SG"])],
        id="parties-in-a-country-are-targets-not-the-government-acting"),
    pytest.param(
        "Intro.\n\nThe agriculture department said on Tuesday it will start a gradual reopening of the "
        "port of entry at Nogales to Mexican cattle from Monday, 16 March.", "2026-03-12",
        None, ("type", "imposer", "announced", "effective"), [("import_ban", "US", "2026-03-10", "2026-03-16")],
        id="reopening-a-port-of-entry-lifts-the-import-ban"),
    pytest.param(
        "Intro.\n\nThe ministry banned imports of live sheep from Romania on 3 April 2025, began reopening "
        "ports on 9 June and closed the border again in August.", "2026-02-01",
        "lift", ("products", "announced", "effective"), [(["sheep"], "2025-06-09", "2025-06-09")],
        id="a-gerund-after-began-is-a-done-step-of-the-measure-told-before"),
    pytest.param(
        "Intro.\n\nThe U.S. Commerce Department on Friday extended its 25% tariffs on lumber and furniture to 40 more "
        "categories of wood products.", "2026-01-10",
        None, ("action", "rate_value"), [("impose", 25.0)],
        id="a-tariff-extended-to-more-goods-is-imposed-on-them"),
    pytest.param(
        "Intro.\n\nIn March 2025 Argentina temporarily lowered the export duty on wheat to 9% from 12% "
        "until 30 June; wheat went back to 12% on 1 July.", "2026-03-02",
        "raise", ("products", "effective", "rate_value"), [(["wheat"], "2025-07-01", 12.0)],
        id="a-rate-that-went-back-to-its-old-level-was-raised"),
    pytest.param(
        "Intro.\n\nOn 3 March 2025 President Sheinbaum signed a decree imposing 20% tariffs on imports of "
        "shoes from Asia. Two days later the tariffs were postponed for 30 days.", "2025-06-01",
        "postpone", ("announced",), [("2025-03-05",)],
        id="two-days-later-counts-from-the-step-told-before"),
    pytest.param(
        "Intro.\n\nOn 3 March 2025 President Sheinbaum signed a decree imposing 20% tariffs on imports of "
        "shoes from Asia. They finally took effect on 14 April 2025.", "2025-06-01",
        None, ("announced", "effective"), [("2025-03-03", "2025-04-14")],
        id="they-took-effect-dates-the-measure-told-before"),
    pytest.param(
        "Intro.\n\nThe Indian ministry extended for five years the anti-dumping duties on glass fibre from "
        "Egypt. These duties were first applied in 2019.", "2026-01-15",
        "impose", ("imposer", "effective"), [("IN", "2019")],
        id="a-dated-passive-with-the-measure-as-subject-imposes-it"),
    pytest.param(
        "Intro.\n\nChile brought back its import tax on electric buses in March 2024 at 6%, raised it to "
        "9% in May 2025.", "2026-01-15",
        None, ("action", "products", "effective"), [("impose", ["buses"], "2024-03"), ("raise", ["buses"], "2025-05")],
        id="brought-back-imposes-and-raised-it-keeps-the-goods"),
    pytest.param(
        "Intro.\n\nImports of Korean cars, which face lower duties under the trade pact, rose 9% in "
        "2025.", "2026-01-15",
        None, ("action",), [],
        id="goods-that-face-lower-duties-are-no-cut"),
    pytest.param(
        "Intro.\n\nAdd the ordinary 2.5% car tariff and other duties introduced since, and Chinese cars "
        "are shut out of the US market.", "2026-01-15",
        "impose", ("action",), [],
        id="a-participle-right-after-its-measure-with-no-date-is-no-step"),
    pytest.param(
        "Intro.\n\nThe metal tariffs date back to March 2018, when the United States imposed duties of 25% "
        "on steel. Over the following years Canada, Mexico and several other partners won exemptions or "
        "quota deals. From March 12, 2025, the country exemptions were scrapped and the steel rate was "
        "raised to 50% from 25%.", "2026-01-23",
        "raise", ("imposer", "effective"), [("US", "2025-03-12")],
        id="partners-that-won-exemptions-are-not-the-government-acting"),
    pytest.param(
        "Intro.\n\nSeoul made its anti-dumping duties on Chinese steel plate final on 3 April 2025, "
        "after a seven-month probe.", "2025-06-10",
        "impose", ("imposer", "products", "effective"), [("KR", ["steel plate"], "2025-04-03")],
        id="made-its-duties-final-imposes-them"),
    pytest.param(
        "Intro.\n\nBrussels imposed provisional duties on Chinese e-bikes on 18 January 2019 and made them "
        "definitive in July 2019.", "2025-06-10",
        "impose", ("imposer", "effective"), [("EU", "2019-01-18"), ("EU", "2019-07")],
        id="made-them-definitive-is-a-second-step"),
    pytest.param(
        "Intro.\n\nThe ministry made the final decision on Monday and the company made final payments in "
        "March.", "2025-06-10",
        None, ("action",), [],
        id="a-final-noun-after-made-is-no-step"),
    pytest.param(
        "Thailand will charge final duties of 10% on Vietnamese sugar, the ministry said on Tuesday.\n\nThe "
        "duties apply from Wednesday and replace provisional deposits of up to 30% that Thai importers have had "
        "to pay on Vietnamese sugar since May.\n\nVietnam's trade ministry said it imposed duties on Thai rice "
        "last year.", "2025-06-10",
        "impose", ("imposer", "targets", "rate_value"), [("TH", ["VN"], 10.0), ("TH", ["VN"], 30.0),
                                                         ("VN", ["TH"], None)],
        id="the-importers-who-pay-a-duty-are-on-its-imposers-side"),
    pytest.param(
        "Trade live\n\nWed 11 Jun, 16:00\nA recap: China put duties on EU cheese in March. Indonesia imposed "
        "safeguard duties on imported yarn on Monday.\n\nTue 10 Jun, 09:30\nThe EU farm commissioner met dairy "
        "groups on Tuesday. The final duties of up to 20% on EU butter, which took effect last week, are already "
        "slowing sales.", "2025-06-10",
        "impose", ("imposer", "products"), [("CN", ["cheese"]), ("ID", ["yarn"]), ("CN", ["butter"])],
        id="a-live-blog-entry-is-a-story-of-its-own-and-a-target-says-who-acts"),
    pytest.param(
        "Indecopi puts provisional duties on Chinese ceramic tiles\n\n1. The Commission for Dumping, Subsidies and "
        "Elimination of Non-Tariff Trade Barriers (CDB) of Indecopi, by a resolution published on Wednesday, has "
        "imposed provisional anti-dumping duties on imports of ceramic tiles from China.\n\n2. Separately, the "
        "Commission extended for five years the anti-dumping duties on imports of Chinese footwear on 30 January "
        "2026.", "2026-02-05",
        None, ("imposer", "action", "products"), [("PE", "impose", ["ceramic tiles"]), ("PE", "extend", ["footwear"])],
        id="peru's-commission-is-no-eu-body-and-its-name-lifts-nothing"),
    pytest.param(
        "NEW DELHI: India has made its safeguard duty on imports of flat-rolled steel definitive for three years.",
        "2025-12-31",
        None, ("imposer", "action", "products"), [("IN", "impose", ["flat steel products"])],
        id="a-government-that-has-made-a-duty-definitive-is-no-made-in-label"),
    pytest.param(
        "Explainer: who taxes Chinese e-bikes\n\nThe United States raised its tariff on Chinese e-bikes to 25% in "
        "2019.\n\nCanada followed a different path. A 15% surtax on Chinese e-bikes has applied since 1 March "
        "2024.\n\nMexico was hit by US duties too. Duties of 10% on Chinese steel applied from 1 May 2024.", None,
        None, ("imposer", "effective"), [("US", "2019"), ("CA", "2024-03-01"), ("US", "2024-05-01")],
        id="a-new-measure-with-no-actor-is-the-government-its-paragraph-opens-on"),
    pytest.param(
        "Client alert: Canada's steel measures\n\nTimeline:\n- 22 October 2024 – 25% surtax on Chinese steel takes "
        "effect.[3]\n- 13 March 2025 – Canada applies 25% counter-tariffs on U.S. goods.[4]", "2026-06-15",
        "impose", ("imposer", "products", "effective"), [("CA", ["steel"], "2024-10-22"), ("CA", [], "2025-03-13")],
        id="a-footnote-mark-after-the-full-stop-leaves-the-sentence-whole"),
    pytest.param(
        "Intro.\n\nTurkey's trade ministry published definitive anti-dumping duties on Chinese steel wire in the "
        "Official Gazette on Friday, 3 April. Separately, the institute published a study on the effect of tariffs "
        "on steel prices.", "2026-04-07",
        None, ("action", "products", "announced"), [("impose", ["steel wire"], "2026-04-03")],
        id="duties-published-are-imposed-a-study-published-is-not"),
    pytest.param(
        "Intro.\n\nIndia's 12% safeguard duty on steel, in place since 21 April last year, keeps Chinese coil out. "
        "Kenya's seasonal ban on avocado exports in force since 15 November ends soon.", "2026-05-22",
        "impose", ("imposer", "announced", "effective"), [("IN", "2025-04-21", "2025-04-21"),
                                                          ("KE", "2025-11-15", "2025-11-15")],
        id="a-measure-in-place-since-a-date-was-imposed-then"),
    pytest.param(
        "Intro.\n\nChina's Export Control Law, in force since December 2020, lets Beijing act.", "2021-06-01",
        None, ("action",), [],
        id="a-law-in-force-since-a-date-is-no-measure"),
    pytest.param(
        "Intro.\n\nCanadian steel and aluminum have paid a 50-per-cent U.S. tariff since June. Korean cars have "
        "been subject to a 25% U.S. tariff since April 3, 2025.", "2025-09-01",
        "impose", ("imposer", "products", "rate_value", "effective"),
        [("US", ["aluminum", "steel"], 50.0, "2025-06"), ("US", ["cars"], 25.0, "2025-04-03")],
        id="goods-that-have-paid-or-been-subject-to-a-duty-since-a-date"),
    pytest.param(
        "Intro.\n\nWashington's duties of 25% on steel and 10% on aluminium have applied to European metal since "
        "June 1, 2018. The EU's anti-dumping duties on Chinese aluminium extrusions have applied since 31 March "
        "2021.", "2021-06-01",
        "impose", ("imposer", "products", "effective"),
        [("US", ["steel"], "2018-06-01"), ("US", ["aluminium"], "2018-06-01"),
         ("EU", ["aluminium extrusions"], "2021-03-31")],
        id="duties-that-have-applied-since-a-date-are-the-subject"),
    pytest.param(
        "Intro.\n\nJapan's growers fear the end of the provisional duty of 95.2% on Chinese graphite electrodes that "
        "Japan has collected since late August. Exporters also face the 10% levy Ukraine has charged on sunflower "
        "seed since 1999. Customs has collected $3 billion in tariffs since January.", "2025-12-01",
        "impose", ("imposer", "effective"), [("JP", "2025-08"), ("UA", "1999")],
        id="a-duty-a-government-has-collected-since-a-date"),
    pytest.param(
        "Intro.\n\nBrazil raised its tariff on steel to 25% in June, and the United States has kept tariffs on most "
        "steel imports since 2018.", "2024-03-01",
        None, ("imposer", "action", "effective"), [("BR", "raise", "2023-06"), ("US", "impose", "2018")],
        id="tariffs-kept-since-a-year-were-imposed-that-year"),
    pytest.param(
        "Intro.\n\nMyanmar has prohibited the export of logs across land borders since 2006.", "2024-03-01",
        None, ("imposer", "type", "products"), [("MM", "export_ban", ["logs"])],
        id="logs-are-goods"),
    pytest.param(
        "Intro.\n\nOttawa imposed a 100% surtax on Chinese electric vehicles from 1 October 2024. Beijing on "
        "Tuesday imposed duties on Canadian canola oil from 20 March.", "2025-03-14",
        "impose", ("imposer", "announced", "effective"), [("CA", "2024-10-01", "2024-10-01"),
                                                          ("CN", "2025-03-11", "2025-03-20")],
        id="a-step-told-as-done-with-one-date-was-decided-then"),
    pytest.param(
        "Intro.\n\nThe Commerce Department said Tuesday that it had issued antidumping and countervailing duty "
        "orders on solar cells and panels from India, with combined rates of up to 187.4%, closing a case that U.S. "
        "panel makers brought last summer.\n\nIndia said it would study the ruling.", "2026-08-12",
        "impose", ("imposer", "targets"), [("US", ["IN"])],
        id="who-acts-in-a-relative-clause-is-no-target"),
    pytest.param(
        "Intro.\n\nCommerce imposed duties on wind towers from China in February 2013; the duties were continued "
        "in 2019. The coalition welcomed the decision of the U.S. Department of Commerce to continue the "
        "countervailing duty orders on wind towers from Vietnam. The union urged the government to continue the "
        "duties on steel.", "2026-02-19",
        None, ("action", "products", "announced"), [("impose", ["wind towers"], "2013-02"),
                                                    ("extend", ["wind towers"], "2019"),
                                                    ("extend", ["wind towers"], None)],
        id="duties-continued-in-a-year-or-by-decision-are-extended"),
    pytest.param(
        "Intro.\n\nKorean carmakers have paid a 15 percent U.S. tariff on vehicles since Nov. 1 last year, down "
        "from 25 percent.", "2026-08-12",
        None, ("imposer", "action", "rate_value", "effective"), [("US", "reduce", 15.0, "2025-11-01")],
        id="a-duty-paid-since-a-date-down-from-a-higher-one-was-cut-then"),
    pytest.param(
        "Intro.\n\nWashington imposed countervailing duties on wind towers from Vietnam in 2020. The duties were "
        "continued for five years in February.", "2026-08-14",
        "extend", ("imposer", "products", "duration"), [("US", ["wind towers"], "P5Y")],
        id="duties-continued-for-five-years-are-extended"),
    pytest.param(
        "Intro.\n\nIndia on 2 March notified a 15% import duty on electric cars, down from 70%. Seoul imposed a "
        "20% tariff on steel, up from 10%, on 3 March. Malaysia imposed anti-dumping duties ranging from 4.37% "
        "to 31.65% on aluminium from China on 14 March.", "2026-03-20",
        None, ("imposer", "action", "rate"), [("IN", "reduce", (15.0, "percent", "level", 70.0)),
                                              ("KR", "raise", (20.0, "percent", "level", 10.0)),
                                              ("MY", "impose", (31.65, "percent", "level", None))],
        id="a-duty-set-down-or-up-from-an-old-level-moves-it-but-a-range-does-not"),
    pytest.param(
        "Intro.\n\nBrazil's import tariff on electric cars reached 35% on 1 July. The two governments reached an "
        "agreement in May. With the surcharge, the total reached 76.4%. The US tariff on Chinese batteries for "
        "non-EV uses stepped up to 25% from 7.5% at the start of the year.", "2026-09-08",
        None, ("imposer", "action", "products", "effective", "rate_value"),
        [("BR", "raise", ["electric vehicles"], "2026-07-01", 35.0),
         ("US", "raise", ["batteries"], "2026-01", 25.0)],
        id="a-duty-that-reaches-or-steps-up-to-a-figure-was-raised"),
    pytest.param(
        "Intro.\n\nKazakhstan's agriculture ministry said on Tuesday that it will replace the ban on exports of "
        "live cattle, in force since April, with a quota from 1 November.", "2024-10-18",
        None, ("imposer", "type", "action", "effective"), [("KZ", "export_ban", "lift", None),
                                                          ("KZ", "export_ban", "impose", "2024-04"),
                                                          ("KZ", "quota", "impose", "2024-11-01")],
        id="a-replaced-measure-in-force-since-a-date-was-imposed-then"),
    pytest.param(
        "Intro.\n\nMexico scrapped the US$50 duty-free allowance for courier parcels and set a 19% flat rate "
        "from 1 January 2025. US duty-free de minimis entry ended for goods from China on 2 May 2025. The United "
        "States scrapped its duty-free threshold for goods from all countries in August 2025.", "2026-06-10",
        None, ("imposer", "action", "products", "effective"),
        [("MX", "impose", ["low-value parcels"], "2025-01-01"),
         ("US", "impose", ["low-value parcels"], "2025-05-02"),
         ("US", "impose", ["low-value parcels"], "2025-08")],
        id="a-duty-free-threshold-ended-taxes-low-value-parcels"),
    pytest.param(
        "Intro.\n\nUS pork faced an extra 10% Chinese tariff from 10 March 2025. Ceramic tiles carried an "
        "Indonesian safeguard duty from October 2018. Frozen American beef will pay a Japanese tariff of 50 "
        "percent from Tuesday.", "2026-01-10",
        None, ("imposer", "action", "announced", "effective"),
        [("CN", "impose", "2025-03-10", "2025-03-10"),
         ("ID", "impose", "2018-10", "2018-10"),
         ("JP", "impose", "2026-01-10", "2026-01-13")],
        id="a-duty-paid-as-from-a-day-in-the-past-began-that-day"),
    pytest.param(
        "Intro.\n\nIndia's finance ministry extended by one year, till July 5, 2027, the anti-dumping duty on flax "
        "fabric from China. The European Union agreed on Dec. 12 to charge a flat 3-euro customs duty on each item "
        "in small parcels from July 1, 2026.", "2025-12-20",
        None, ("imposer", "action", "products", "effective", "expires"),
        [("IN", "extend", ["flax fabric"], None, "2027-07-05"),
         ("EU", "impose", ["low-value parcels"], "2026-07-01", None)],
        id="a-time-aside-or-a-hyphened-amount-between-verb-and-measure"),
    pytest.param(
        "Intro.\n\nUkraine has taxed sunflower seed exports at 10% since 1999. Profits are taxed at 25% in Brazil.",
        "2026-01-10",
        None, ("imposer", "type", "action", "products", "announced", "rate_value"),
        [("UA", "export_duty", "impose", ["sunflower seed"], "1999", 10.0)],
        id="goods-taxed-at-a-rate-since-a-date-carry-a-duty-since-then"),
    pytest.param(
        "Intro.\n\nBrazil's exports to the US fell 18% in August. Shipments of aircraft, orange juice and fuels, "
        "which are not covered by the additional tariff, rose.", "2025-09-05",
        None, ("action",), [],
        id="a-measure-in-a-relative-clause-is-not-the-subject-of-the-verb-after-it"),
    pytest.param(
        "Intro.\n\nSouth Africa lowered its de minimis threshold for parcels to R500 from R2,000 on March 1. "
        "Japan raised the duty-free allowance for small parcels to 20,000 yen in April.", "2024-05-10",
        None, ("imposer", "type", "action", "products"),
        [("ZA", "import_tariff", "tighten", ["low-value parcels"]),
         ("JP", "import_tariff", "reduce", ["low-value parcels"])],
        id="a-lower-duty-free-threshold-taxes-more-parcels-a-higher-one-fewer"),
    pytest.param(
        "Intro.\n\nThe board oversees Malaysia's crude palm oil export duty. For September, the board set the duty "
        "at 9.5%, down from 10% in August.", "2019-09-02",
        None, ("type", "action", "rate"),
        [("export_duty", "reduce", (9.5, "percent", "level", 10.0))],
        id="a-rate-set-down-from-an-old-level-is-one-cut"),
    pytest.param(
        "Intro.\n\nIndia banned exports of non-basmati white rice on Thursday. India already bars exports of "
        "wheat. Beijing already requires licences for exports of gallium. Canada has already imposed a 25% "
        "surtax on US steel.", "2023-07-22",
        None, ("imposer", "action", "products"),
        [("IN", "impose", ["non-basmati rice"]), ("CA", "impose", ["steel"])],
        id="already-with-a-present-verb-is-how-things-stand"),
    pytest.param(
        "Intro.\n\nThe EU banned imports of Russian aluminium wire in March 2023. Foil, tubes and pipes were "
        "added in December 2023.", "2025-02-25",
        None, ("imposer", "type", "action", "products", "announced"),
        [("EU", "import_ban", "impose", ["aluminium"], "2023-03"),
         ("EU", "import_ban", "impose", ["foil", "pipes", "tubes"], "2023-12")],
        id="goods-added-in-the-passive-come-under-the-measure-told"),
    pytest.param(
        "The EU imposed definitive duties this week. Provisional duties of between 14.4% and 39.7% had applied "
        "since mid-November.", "2025-01-13",
        "impose", ("imposer", "effective"), [("EU", None), ("EU", "2024-11")],
        id="provisional-duties-applied-since-a-date-are-a-step-apart-from-the-definitive"),
    pytest.param(
        "Intro.\n\nVietnam will impose official anti-dumping duties on hot-rolled steel from China, the ministry "
        "said on Friday. The rates largely confirm the provisional duties the ministry put in place from March 7. In "
        "Thailand and Malaysia, producers have filed complaints, but no duties have been imposed.", "2025-07-05",
        "impose", ("imposer", "announced", "effective"), [("VN", "2025-07-04", None), ("VN", "2025-03-07", "2025-03-07")],
        id="provisional-duties-put-in-place-and-no-duties-imposed"),
    pytest.param(
        "Intro.\n\nThe European Union has taxed fertilisers from Russia and Belarus since July 2025. Russia has "
        "limited its own fertiliser exports through quotas since December 2021.", "2026-06-12",
        None, ("imposer", "type", "action", "announced"),
        [("EU", "import_tariff", "impose", "2025-07"), ("RU", "quota", "impose", "2021-12")],
        id="taxed-and-limited-with-goods-between-verb-and-flow"),
    pytest.param(
        "Intro.\n\nWashington has applied anti-dumping duties on PET resin from Canada and China since May 2016, "
        "and continued them for five years after a sunset review in 2022.", "2026-10-01",
        None, ("imposer", "action", "products"),
        [("US", "impose", ["pet resin"]), ("US", "extend", ["pet resin"])],
        id="duties-continued-for-a-period-are-extended"),
]


@pytest.mark.parametrize("text,published,action,keys,expected", STEPS)
def test_the_steps_a_text_tells(extract, text, published, action, keys, expected):
    found = extract(text, published)
    steps = found if action is None else by_action(found, action)
    assert [tuple(project(m, keys).values()) for m in steps] == expected


def test_an_undated_articles_issue_line_gives_its_year(extract):
    # the years its story names (2016, 2019, 2022) would put a year-less 'in March' in 2019
    found = extract("RESIN REVIEW\nFeatures | October 2026 issue | Packaging polymers\n\nRedrawing the map\n\n"
                    "Producers have leaned ever harder on exports as their capacity outran demand at home, and buyers "
                    "from Sao Paulo to Istanbul are bracing for a wave of diverted cargoes. That model now faces its "
                    "toughest test in years, traders and converters say, and few expect the pressure to ease soon. The "
                    "European Union imposed provisional anti-dumping duties on Chinese PET in March. Washington has "
                    "applied duties on PET from Oman since May 2016, continued them in 2022 and raised them in 2019.",
                    None)
    assert [(m.imposer, m.effective) for m in by_action(found, "impose")] == [("EU", "2026-03"), ("US", "2016-05")]


def test_the_commission_is_the_body_the_article_named_in_full(extract):
    case = next(c for c in CASES if c.id == "the-commission-is-the-body-the-article-named-in-full")
    assert [m.imposer for m in by_action(extract(*case.values[:2]), "suspend")] == ["EU", "EU"]


@pytest.mark.parametrize("text,steps", [
    ("India's tariffs on UK whisky and gin are halved from 150% to 75% today and fall to 70% on 1 July 2027.",
     [("2026-07-01", 75.0), ("2027-07-01", 70.0)]),
    ("India's tariffs on UK whisky and gin are halved from 150% to 75% today, fall to 70% on 1 July 2027 and reach "
     "40% by 2035.", [("2026-07-01", 75.0), ("2027-07-01", 70.0), (None, 40.0)]),
])
def test_each_later_rate_of_a_schedule_is_a_step_on_the_same_goods(extract, text, steps):
    found = by_action(extract("Intro.\n\n" + text, "2026-07-01"), "reduce")
    assert [(m.effective, m.rate.value) for m in found] == steps
    assert all(m.products == ["whisky", "gin"] for m in found)


@pytest.mark.parametrize("text,published,steps", [
    # a state's excise duty is a tax at home, on no border
    ("India cut its duty on bourbon in February 2025. Some states have moved the other way: Maharashtra raised its "
     "excise duty on spirits by 50% in 2025.", "2026-07-01", [("IN", "reduce")]),
    # legislation to cut a tariff is no cut
    ("Lower rates on cars will only come once the EU tables legislation to cut its own tariffs on US industrial "
     "goods.", "2025-08-06", []),
    # a business halting its own shipments is no ban
    ("Oman cut its fuel subsidies in June. During the shutdown the company suspended exports of diesel and jet fuel "
     "from its terminal.", "2026-06-20", []),
    ("The United States cut its tariff on Swiss goods to 15%. \"We suspended shipments for most of September,\" said "
     "the finance chief of a watch-parts maker.", "2026-06-20", [("US", "reduce")]),
    # a central bank's rate is no duty
    ("Indonesia raised its export levy on palm oil in May. The Bank of England cut Bank Rate to 3.5% from 3.75% "
     "earlier this month.", "2025-12-20", [("ID", "raise")]),
], ids=["excise-duty-at-home", "legislation-to-cut", "company-halts-exports", "we-suspended-shipments",
        "central-bank-rate"])
def test_what_is_no_trade_step_leaves_only_the_steps_told(extract, text, published, steps):
    assert [(m.imposer, m.action) for m in extract("Intro.\n\n" + text, published)] == steps


def test_cut_roses_are_goods_not_a_cut(extract):
    found = extract("Intro.\n\nWashington cut its tariff on Ecuador to 10%. The order also removes the reciprocal "
                    "tariff altogether on fresh cut roses, canned tuna and frozen broccoli from the same date.", "2026-05-20")
    assert sorted((m.action, tuple(m.products)) for m in found) == [
        ("lift", ("cut flowers", "tuna", "broccoli")), ("reduce", ())]


def test_a_date_last_year_lends_its_year_to_the_dates_after_it(extract):
    found = extract("Intro.\n\nSome history for newer members: green coffee from every origin has been exempt from the "
                    "reciprocal tariffs since November 13 last year, and on November 20 Washington also lifted the 40% "
                    "tariff on Brazilian green coffee, retroactive to November 13.", "2026-10-15")
    # (the date after ', and' heads the clause of 'lifted'; 'has been exempt since' began that day)
    assert sorted((m.action, m.announced, m.effective) for m in found) == [
        ("lift", "2025-11-20", "2025-11-13"), ("suspend", "2025-11-13", "2025-11-13")]


@pytest.mark.parametrize("text,published,expected", [
    # a year lent only forward: an end before the lender's day is the next year's
    ("India banned onion exports in December. The ban, imposed on December 8 last year and initially due to expire on "
     "March 31, was extended indefinitely in March.", "2024-05-05",
     [("extend", "2024-03", None), ("impose", "2023-12-08", "2024-03-31")]),
    # a coming 'next year' lends nothing to a past step
    ("The European Union agreed on Dec. 12 to charge a flat 3-euro customs duty on each item in small parcels from "
     "July 1 next year, and the United States scrapped its duty-free threshold for goods from all countries in "
     "August.", "2025-12-19", [("impose", "2026-07-01", None), ("impose", "2025-08", None)]),
])
def test_a_relative_year_lends_itself_only_where_it_fits(extract, text, published, expected):
    found = extract("Intro.\n\n" + text, published)
    assert sorted(((m.action, m.effective, m.expires) for m in found), key=str) == sorted(expected, key=str)


@pytest.mark.parametrize("text", [
    "The U.S. and China suspended their port fees on each other's ships for one year.",
    "* The U.S. and China suspended their port fees on each other's ships for one year.",
])
def test_each_government_of_a_list_heading_the_sentence_takes_the_step(extract, text):
    found = extract("Intro.\n\n" + text, "2026-11-07")
    assert sorted(m.imposer for m in by_action(found, "suspend")) == ["CN", "US"]


def test_the_new_rate_applies_from_a_day_dates_the_rate_just_moved(extract):
    found = extract("Intro.\n\nEcuador: Washington implemented the agreement by executive order, cutting the reciprocal "
                    "rate on Ecuadorian goods to 10% from 15%; the new rate applies from 18 May.", "2026-05-20")
    assert [(m.action, m.effective, m.rate.value) for m in found] == [("reduce", "2026-05-18", 10.0)]


@pytest.mark.parametrize("text,expected", [
    ("China imposed duties on EU brandy. The European Commission on Tuesday accepted a price undertaking offered by "
     "Hefei-Rhein Automotive, a joint venture between a European carmaker and a Chinese state-owned group, exempting "
     "its China-built compact electric SUV from the 20.7% countervailing duty.", "EU"),
    # (past a label, the clause's own head)
    ("- Ecuador: Washington implemented the agreement by executive order, cutting the reciprocal rate on Ecuadorian "
     "goods to 10% from 15%.", "US"),
])
def test_a_participle_after_a_comma_is_the_clauses_subjects_step(extract, text, expected):
    # (a relief of the duty: 'accepted a price undertaking ..., exempting' lifts it for that maker)
    found = [m for m in extract("Intro.\n\n" + text, "2026-02-12") if m.action in ("suspend", "reduce", "lift")]
    assert [m.imposer for m in found] == [expected]


def test_a_government_that_followed_on_a_day_acted_that_day(extract):
    found = extract("Intro.\n\nChina's transport ministry followed on Friday, extending for another year the suspension "
                    "of the special port fees that Chinese ports had charged on vessels flagged in the US.", "2026-11-09")
    assert [(m.imposer, m.action, m.announced) for m in found] == [("CN", "extend", "2026-11-06")]


@pytest.mark.parametrize("text, expected", [
    # fees on ships are a trade measure; so are 'these fees' once port fees were told
    ("The United States charged fees on Chinese-built and Chinese-operated vessels from 14 October 2025.",
     [("US", "other", "impose", ["vessels"], "2025-10-14")]),
    ("The United States began charging port fees on Chinese-built ships on Oct. 14. These fees were suspended by the "
     "U.S. government with effect from Nov. 10 for one year.",
     [("US", "other", "impose", ["ships"], "2025-10-14"), ("US", "other", "suspend", ["ships"], "2025-11-10")]),
    # (a name before the fees names them; a government's adjective may follow 'the')
    ("On the same day the United States suspended for one year its Section 301 fees on Chinese-built vessels.",
     [("US", "other", "suspend", ["vessels"], None)]),
    ("China applied special port fees to US-linked vessels from 14 October. The Chinese fees were suspended from "
     "10 November 2025 for one year.",
     [("CN", "other", "impose", ["vessels"], "2025-10-14"), ("CN", "other", "suspend", [], "2025-11-10")]),
    # (fees nowhere near ships, or before any port fee was told, are no measure)
    ("The government raised stumpage fees on Crown timber on Monday.", []),
    ("These fees were suspended from Nov. 10 for one year.", []),
])
def test_fees_on_ships_are_a_measure(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-03-05")
    assert [(m.imposer, m.type, m.action, m.products, m.effective) for m in found] == expected


def test_a_lead_in_sentence_dates_the_steps_the_next_one_tells(extract):
    found = extract("Intro.\n\nBeijing followed on Friday. China's Customs Tariff Commission said it would extend its own "
                    "suspension of the 24% additional tariff on U.S. goods for a year.\n\nMarkets rose on Monday. The "
                    "tariffs on coal were lifted in March.", "2026-11-09")
    assert sorted((m.action, m.announced) for m in found) == [("extend", "2026-11-06"), ("lift", "2026-03")]


@pytest.mark.parametrize("second, expected", [
    # a measure that followed another is dated by the verb (announced = effective, told as background)
    ("Definitive duties, for five years, followed on 30 October 2024.", [("EU", "2024-10-30", "2024-10-30")]),
    ("Provisional countervailing duties followed in April 2010.", [("EU", "2010-04", "2010-04")]),
    ("Ottawa answered on March 4. It was followed on March 13, 2025 by 25 per cent counter tariffs on U.S. steel.",
     [("CA", "2025-03-13", "2025-03-13")]),
    # (a government that followed takes a step its own verb tells; 'followed' alone tells none)
    ("Tokyo followed on May 23 by finalising controls on chipmaking equipment, which take effect on July 23.",
     [("JP", "2023-05-23", "2023-07-23")]),
    ("Prices followed in April 2010.", []),
])
def test_a_measure_that_followed_came_in_on_the_date_told(extract, second, expected):
    found = extract("Intro.\n\nThe EU opened an investigation into e-bikes in 2022. " + second, "2023-06-01")
    assert [(m.imposer, m.announced, m.effective) for m in by_action(found, "impose")] == expected


@pytest.mark.parametrize("text, expected", [
    # the infinitive a threat governs is the threat's, however long the phrase between them
    ("Trump had threatened in a July 7 letter to Prime Minister Shigeru Ishiba to raise the tariff on Japanese goods "
     "to 25% from Aug. 1.", []),
    # (a noun of asking, set off by a comma, hedges nothing further on)
    ("At the request of Malaysian steelmakers, the Malaysian government has decided to raise the duty on steel to 25% "
     "from Aug. 1.", ["raise"]),
    # a volume an old measure let in, told for comparison, is no step
    ("From 1 July 2026, a new EU regulation cuts the steel quota to 18 million tonnes a year, 47% less than the "
     "safeguard allowed in 2024.", ["tighten"]),
])
def test_a_threatened_or_compared_step_is_none(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2025-09-05")
    assert [m.action for m in found] == expected


@pytest.mark.parametrize("second, expected", [
    # goods alone as the subject of 'followed' come under the measure told before, from the date told
    ("Seaborne crude oil followed in December 2022.", [(("coal",), "2022-08"), (("crude oil",), "2022-12")]),
    ("The ban took effect on 1 November 2022 except for crude oil, and crude oil followed from "
     "1 January 2023.", [(("coal",), "2022-11-01"), (("crude oil",), "2023-01-01")]),
    # (a price that followed is no goods)
    ("Coal prices followed in December 2022.", [(("coal",), "2022-08")]),
])
def test_goods_that_followed_come_under_the_measure_told_before(extract, second, expected):
    found = extract("Intro.\n\nThe EU banned imports of Russian coal in August 2022. " + second, "2023-03-01")
    assert [(tuple(m.products), m.effective) for m in by_action(found, "impose")] == expected


@pytest.mark.parametrize("text, expected", [
    # a bare ban on goods from another country keeps them out: an import ban
    ("Jamaica lifted its ban on poultry meat from the US on Monday.", [("JM", "import_ban", "lift", ("US",))]),
    # the government a ministry's portfolio is 'of'
    ("Barbados cut duties on onions. The Assembly welcomed the decision of the Ministry of Agriculture, Land and "
     "Fisheries of Trinidad and Tobago, earlier this month, to lift its ban on poultry meat from the US.",
     [("BB", "import_tariff", "reduce", ()), ("TT", "import_ban", "lift", ("US",))]),
    # ('reopened its market to Georgian mineral water': the goods let back in are foreign)
    ("Moscow reopened its market to Georgian mineral water in 2013, and Russia has since become the largest buyer "
     "of Georgian wine, taking 60 percent of bottled exports.", [("RU", "import_ban", "lift", ("GE",))]),
])
def test_a_ban_on_goods_from_abroad_is_an_import_ban_of_the_government_named(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-10-20")
    assert [(m.imposer, m.type, m.action, tuple(m.targets)) for m in found] == expected


def test_a_relief_granted_and_extended_is_two_steps(extract):
    found = extract("Intro.\n\nCOTED agreed to extend the suspension of the common external tariff on 21 food items "
                    "imported by Trinidad and Tobago until 31 December 2028. The Assembly recalled that the suspension "
                    "was first granted in October 2022 for two years and was extended in November 2024 until "
                    "31 December 2026.", "2026-10-20")
    assert [(m.action, m.announced, m.expires) for m in found] == [
        ("extend", None, "2028-12-31"), ("suspend", "2022-10", "2024-10"), ("extend", "2024-11", "2026-12-31")]


def test_a_contact_clause_on_a_relief_lifted_tells_its_start_and_the_goods_after_it(extract):
    found = extract("Intro.\n\nRussia restricted imports of cut flowers from Armenia on Wednesday. Separately, Russia on "
                    "Tuesday lifted the suspension it imposed in July 2024 on imports of mineral water from Armenia.",
                    "2025-06-11")
    assert [(m.action, m.products, m.effective) for m in found if "mineral water" in m.products or m.action == "lift"] \
        == [("lift", ["mineral water"], "2025-06-10"), ("impose", ["mineral water"], "2024-07")]


def test_a_central_bank_rate_cut_is_no_measure(extract):
    found = extract("Intro.\n\nRussia restricted imports of cut flowers from Armenia on Wednesday. The Central Bank of "
                    "Armenia on Tuesday cut its refinancing rate to 6.75 percent from 7 percent.", "2025-06-04")
    assert [m.action for m in found] == ["impose"]


@pytest.mark.parametrize("text, expected", [
    # a verb, goods and a date, then 'and' other goods with a date of their own: two steps
    ("India banned exports of wheat in May 2022 and sugar in June 2022.", [(["wheat"], "2022-05"), (["sugar"], "2022-06")]),
    # (a list of goods before a date that all of them share is one step)
    ("China will remove export tariffs on rare earths, tungsten and molybdenum from May 1, the ministry said.",
     [(["rare earths", "tungsten", "molybdenum"], "2015-05-01")]),
])
def test_goods_with_a_date_of_their_own_after_and_are_a_step_of_their_own(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2015-04-23")
    assert [(m.products, m.effective) for m in found] == expected


def test_a_start_told_ahead_does_not_take_a_year_told_before_the_story(extract):
    found = extract("Intro.\n\nThe United States will charge a 15% tariff on imports of refined copper from 1 January "
                    "2027. The proclamation also uses the procedure created last year to widen the list of copper "
                    "derivatives: wire harnesses, 38 products in all, will pay the 50% tariff on their copper content "
                    "from 1 October.", "2026-09-17")
    assert [m.effective for m in found if m.rate is not None and m.rate.value == 50.0] == ["2026-10-01"]


@pytest.mark.parametrize("verb, action", [("deferring", "postpone"), ("re-imposing", "impose"), ("tripling", "raise")])
def test_the_ing_forms_of_action_verbs_are_actions(extract, verb, action):
    found = extract(f"Intro.\n\nThe Cabinet on Wednesday approved {verb} the export duty on round logs from January 1, "
                    "2027, the Solomon Islands forestry ministry said.", "2026-04-23")
    assert [m.action for m in found] == [action]


@pytest.mark.parametrize("text, expected", [
    ("Honduras imposed a safeguard duty on rice on Wednesday. Fuel surcharge on trucking cut by 2% from Monday "
     "(diesel down).", [("HN", "impose")]),
    ("Canada imposed a 25% surcharge on Chinese steel on Monday.", [("CA", "impose")]),
])
def test_a_carriers_fuel_surcharge_is_no_trade_measure(extract, text, expected):
    assert [(m.imposer, m.action) for m in extract("Intro.\n\n" + text, "2026-03-12")] == expected


@pytest.mark.parametrize("late, expected", [
    # past the lead, a present-tense sentence with no date tells how things stand
    ("Russia itself charges a floating export duty on wheat.", []),
    ("The United States applies tariffs of 50 per cent to Canadian steel under Section 232.", []),
    # (an instrument's verb, a date, or 'with immediate effect' make it news)
    ("Russia's new decree imposes a 25% duty on Chinese steel.", ["impose"]),
    ("Russia charges a floating export duty on wheat from 1 July.", ["impose"]),
    ("Pakistan bars imports of goods from India with immediate effect.", ["impose"]),
])
def test_a_present_tense_sentence_past_the_lead_with_no_date_tells_how_things_stand(extract, late, expected):
    lead = ("Canada cuts its surtax on Chinese steel\n\nCanada cut its surtax on Chinese steel to 10% on Monday, the "
            "finance department said. Steelmakers welcomed the change. Importers had lobbied for months.\n\n")
    found = extract(lead + late, "2026-06-10")
    assert [m.action for m in found if m.imposer != "CA"] == expected


@pytest.mark.parametrize("text, expected", [
    # a request granted is no hedge on the step it asks for
    ("Ministers on Thursday agreed to Trinidad and Tobago's request to extend the duty suspension on rice for two "
     "more years.", ["extend"]),
    # (a proposal backed may still await the decision; a request only made is no step)
    ("EU member states on Wednesday backed a Commission proposal to cut the duty-free quota for Ukrainian poultry.", []),
    ("Trinidad and Tobago on Thursday made a request to extend the duty suspension on rice for two more years.", []),
])
def test_a_request_granted_tells_the_step_it_asked_for(extract, text, expected):
    assert [m.action for m in extract("Intro.\n\n" + text, "2026-10-16")] == expected


@pytest.mark.parametrize("second, expected", [
    # 'extended ... to' goods, parties or a flow reaches further: a tightening, not more time
    ("In August the tariff was extended to washing machines and refrigerators.", ("tighten", None)),
    ("In August Washington extended the tariff to 407 derivative products.", ("tighten", None)),
    # ('to' a date is more time)
    ("In August Washington extended the tariff to December 31, 2026.", ("extend", "2026-12-31")),
])
def test_a_measure_extended_to_more_goods_is_tightened(extract, second, expected):
    found = extract("Intro.\n\nThe US imposed a 50% tariff on steel in June. " + second, "2025-09-01")
    assert [(m.action, m.expires) for m in found if m.action != "impose"] == [expected]


@pytest.mark.parametrize("text, expected", [
    # a safeguard told with a percentage and no volume is a safeguard duty
    ("Honduras imposed a definitive safeguard on milled rice yesterday: 25% for 3 years from 1 April.", "import_tariff"),
    # (with quotas named, it is the quota regime)
    ("The EU replaced its steel safeguard with smaller quotas and a 50% tariff above them from 1 July.", "quota"),
])
def test_a_safeguard_with_a_percentage_and_no_volume_is_a_duty(extract, text, expected):
    assert [m.type for m in extract("Intro.\n\n" + text, "2026-03-12")][:1] == [expected]


@pytest.mark.parametrize("text, expected", [
    # a quoted trade status given to goods is a step, its kind told by the status
    ('India\'s DGFT on Tuesday moved broken rice back to the "prohibited" category, a day after the finance ministry '
     'levied a 10 per cent duty on exports of parboiled rice.', ("export_ban", "impose", ["broken rice"], "2026-09-08")),
    ('India\'s sugar exports have been "restricted" since 1 June 2022.', ("export_control", "impose", ["sugar"], "2022-06-01")),
    # (the flow its sentence names: a status of import policy is an import licence)
    ('India\'s DGFT moved laptops to the "restricted" list for imports on Tuesday.',
     ("other", "impose", ["laptops"], "2026-09-08")),
    # a move between two statuses: the stricter names the measure, the direction the action
    ("India's DGFT on Tuesday moved remdesivir injection from the 'prohibited' to the 'restricted' category of the "
     "export policy.", ("export_ban", "lift", ["remdesivir"], "2026-09-08")),
    ('India on Tuesday moved onions from the "restricted" list to the "prohibited" list.',
     ("export_ban", "tighten", ["onions"], "2026-09-08")),
    # (a status only named is no step)
    ('Onions are an item of the "restricted" kind in the policy.', None),
])
def test_a_quoted_trade_status_given_to_goods_is_a_step(extract, text, expected):
    found = [(m.type, m.action, m.products, m.effective) for m in extract("Intro.\n\n" + text, "2026-09-10")
             if m.type != "export_duty"]
    assert found == ([expected] if expected else [])


@pytest.mark.parametrize("text, expected", [
    # blocking a flow of goods is a ban on it
    ("China has blocked phosphate fertiliser exports since December.", [("CN", "export_ban", "impose", "2025-12")]),
    ("Turkey said on Friday that wheat imports would be blocked until September 30.",
     [("TR", "import_ban", "impose", "2026-06-12")]),
    # (shipments from another country stopped are kept out: an import ban)
    ("In March 2019 Beijing blocked canola seed shipments from two of Canada's largest exporters.",
     [("CN", "import_ban", "impose", "2019-03")]),
    # (blocking roads, a deal or a court's blocking is no ban; a building block is a noun)
    ("Exports resumed after ranchers in Beni blocked highways for a week.", []),
    ("Polysilicon and wafers, the building blocks of solar cells, pay 25%.", []),
])
def test_a_blocked_flow_of_goods_is_a_ban(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-06-12")
    assert [(m.imposer, m.type, m.action, m.announced) for m in found if m.action != "resume"] == expected


def test_a_place_a_firm_is_based_in_does_not_act(extract):
    found = extract("Intro.\n\nTurkey said last Friday it would halt wheat imports from June 21 to October 15. A note "
                    "from a Moscow-based consultancy said imports would be halted only until September 30.", "2024-06-10")
    assert {m.imposer for m in found} == {"TR"}


def test_a_reason_phrase_closed_before_the_verb_leaves_the_goods_after_it(extract):
    found = extract("Intro.\n\nIn March 2019, at the height of the dispute over the arrest of an executive in "
                    "Vancouver, Beijing banned imports of canola seed.", "2025-03-10")
    assert [(m.type, m.products) for m in found] == [("import_ban", ["canola"])]


@pytest.mark.parametrize("body", [
    "A notification issued on Tuesday lifted the ban on remdesivir exports.",
    "A notification issued on Tuesday moved remdesivir from the 'prohibited' to the 'restricted' category of the "
    "export policy.",
])
def test_a_perfect_lead_is_the_news_of_the_day_the_body_dates(extract, body):
    found = extract("India eases remdesivir curbs\n\nIndia has relaxed the prohibition on exports of remdesivir, the "
                    "antiviral. " + body, "2021-11-17")
    assert [(m.type, m.action, m.announced) for m in found] == [("export_ban", "lift", "2021-11-16")]


@pytest.mark.parametrize("text, expected", [
    # a measure a government has had, or goods it has not accepted, since a day: imposed then
    ("Ottawa has had a 100% surtax on Chinese EVs since October 1, 2024.", [("CA", "import_tariff", "2024-10-01")]),
    ("South Korea has not accepted German pork since September 2020, citing swine fever.",
     [("KR", "import_ban", "2020-09")]),
    # (with no day since, only how things stand)
    ("Ottawa has had a 100% surtax on Chinese EVs for a while.", []),
    ("South Korea has not accepted the proposal.", []),
])
def test_a_measure_had_or_goods_not_accepted_since_a_day_were_imposed_then(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-03-10")
    assert [(m.imposer, m.type, m.effective) for m in found if m.action == "impose"] == expected


@pytest.mark.parametrize("text, expected", [
    ("Washington blacklisted three Chinese firms in May.", [("US", "entity_listing", "impose", "2024-05")]),
    # (a rule that would have blacklisted them is no listing)
    ("The US shelved a rule that would have blacklisted subsidiaries of Chinese firms.", []),
])
def test_a_government_that_blacklisted_firms_listed_them(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2024-07-10")
    assert [(m.imposer, m.type, m.action, m.effective) for m in found if m.type == "entity_listing"] == expected


@pytest.mark.parametrize("text, expected", [
    # a move told 'to' first and 'from' after is the same move; the quota opened with it is a step of its own
    ("India's DGFT late Tuesday moved wheat to 'restricted' from 'prohibited' and opened an export quota of 2 "
     "million tonnes.", [("export_ban", "lift"), ("quota", "impose")]),
    # (a gazette's capitalised statuses)
    ('India\'s export policy of wheat under ITC (HS) Code 1001 is amended from "Prohibited" to "Restricted", with '
     'immediate effect.', [("export_ban", "lift")]),
])
def test_a_move_between_statuses_in_either_order(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-10-14")
    assert sorted((m.type, m.action) for m in found) == expected


@pytest.mark.parametrize("text, expected", [
    # a step told in an 'after' clause keeps the date inside that clause, and no hedge of the
    # main clause reaches it
    ("Millers will seek wheat after India on Monday eased its export ban.", [("IN", "lift", "2026-10-12")]),
    # (the ban's own imposition, told in a relative clause, keeps its own date, not the day it was said)
    ("Millers said on Wednesday they would seek Indian wheat, after India on Monday eased the export ban it imposed "
     "in May 2022.", [("IN", "impose", "2022-05"), ("IN", "lift", "2026-10-12")]),
])
def test_a_step_in_an_after_clause_keeps_its_own_date(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-10-15")
    assert sorted((m.imposer, m.action, m.announced) for m in found) == expected


@pytest.mark.parametrize("headline, expected", [
    # 'as' opens a clause whose subject acts; 'such as' names examples
    ("Exporters fear losing edge as US trims Vietnam tariff", "US"),
    ("US trims Vietnam tariff", "US"),
])
def test_a_government_after_as_is_the_subject_of_its_verb(extract, headline, expected):
    assert [m.imposer for m in extract(headline + "\n\nIntro.", "2026-09-16")] == [expected]


@pytest.mark.parametrize("text, expected", [
    # a duty as subject of a plain verb, its old level a bare number in the same unit
    ("Under the budget, Pakistan's regulatory duty on imported cars goes to 40 percent from 70.",
     [("PK", "reduce", ["cars"], 40.0)]),
    ("Under the budget, Pakistan's regulatory duty on imported cars goes to 40 percent from 25.",
     [("PK", "raise", ["cars"], 40.0)]),
    # (a market price that goes to a level is no step)
    ("Under the budget, the price of imported cars goes to 40 percent above cost from 70.", []),
])
def test_a_duty_that_goes_to_a_rate_from_a_bare_number_moved(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-06-30")
    assert [(m.imposer, m.action, m.products, m.rate.value) for m in found] == expected


def test_a_further_rate_with_its_own_start_after_and_is_a_step_of_its_own(extract):
    found = extract("Intro.\n\nThe United States applied an additional duty of 25% on imports from India with effect "
                    "from 07.08.2025, and a further 25% with effect from 27.08.2025 citing purchases of Russian oil.",
                    "2026-07-29")
    # (the reason 'citing purchases of Russian oil' names no goods and no target)
    assert [(m.effective, m.rate.value, m.rate.previous, m.products, m.targets) for m in found] == [
        ("2025-08-07", 25.0, None, [], ["IN"]), ("2025-08-27", 25.0, None, [], ["IN"])]


def test_a_told_measure_on_all_goods_lends_no_earlier_goods(extract):
    found = extract("Intro.\n\nIndia deferred its anti-dumping duty on footwear to April. The United States applied "
                    "an additional duty of 25% on imports from India in August. In February the reciprocal duty was "
                    "reduced to 18%.", "2026-07-29")
    assert [(m.imposer, m.products) for m in found if m.action == "reduce"] == [("US", [])]


@pytest.mark.parametrize("text, expected", [
    # a cap of units or cubic metres on a flow is a quota; the lift it comes with keeps its own start
    ("Sri Lanka will let motorcycles back in from July 1. The gazette also sets a cap of 150,000 units on such "
     "imports for the first year, from the same date.", [("import_ban", "lift", "2026-07-01"), ("quota", "impose", "2026-07-01")]),
    ("Papua New Guinea will cap log exports at 2.2 million cubic metres from January 1.", [("quota", "impose", "2027-01-01")]),
])
def test_a_cap_in_units_or_cubic_metres_is_a_quota(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-06-14")
    assert sorted((m.type, m.action, m.effective) for m in found) == expected


def test_a_period_between_two_days_is_a_start_and_an_end(extract):
    found = extract("Intro.\n\nPapua New Guinea's cabinet yesterday agreed to cap log exports at 2.2 million cubic metres "
                    "between January 1 and December 31, 2027.", "2026-07-10")
    assert [(m.type, m.effective, m.expires) for m in found] == [("quota", "2027-01-01", "2027-12-31")]


def test_goods_allowed_back_in_lift_the_ban_on_them(extract):
    found = extract("Intro.\n\nSri Lanka suspended vehicle imports in March 2020. Private cars and SUVs were allowed "
                    "back in from February 1, 2025.", "2026-06-14")
    assert [(m.type, m.action, m.products, m.effective) for m in found if m.action == "lift"] == [
        ("import_ban", "lift", ["cars"], "2025-02-01")]


@pytest.mark.parametrize("text, expected", [
    # a quoted status a flow was made, from a day
    ('Export of wheat flour from India was made "Restricted" by Notification No. 19/2015-2020 dated 06.07.2022, with '
     'effect from 12.07.2022.', [("export_control", "impose", "2022-07-12", None)]),
    # a flow permitted within a quantity in Indian digit grouping: a quota
    ("India amended its wheat export policy. Export of wheat shall be permitted within an aggregate quantity of "
     "20,00,000 MT, valid up to 31.03.2027.", [("quota", "impose", None, "2027-03-31")]),
])
def test_gazette_shapes_a_status_made_and_a_quantity_permitted(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-10-13")
    assert [(m.type, m.action, m.effective, m.expires) for m in found] == expected


def test_a_regulation_that_bans_imports_bans_them(extract):
    found = extract("Intro.\n\nLast Wednesday the Maldives environment ministry published a regulation that bans "
                    "imports of single-use plastic cups and straws from September 1.", "2026-06-30")
    assert steps(found) == [("MV", "import_ban", "impose", "2026-09-01")]


def test_what_an_instrument_says_in_a_relative_clause_is_dated_from_it(extract):
    found = extract("Intro.\n\nIt answers a US law signed by President Joe Biden on May 13 that bans imports of Russian "
                    "low-enriched uranium from Aug. 11.", "2024-12-06")
    assert [(m.imposer, m.type, m.effective) for m in found] == [("US", "import_ban", "2024-08-11")]


@pytest.mark.parametrize("text, expected", [
    # the rate told before, moved again to a level of its own: another step
    ("India cut its duty on Scotch whisky to 75% from 150% on Tuesday. The rate falls again to 65% next July.",
     [("reduce", ["whisky"], "2026-02-24", 75.0), ("reduce", ["whisky"], "2026-07", 65.0)]),
    ("India cut its duty on Scotch whisky to 75% from 150% on Tuesday. It falls again to 65% next July.",
     [("reduce", ["whisky"], "2026-02-24", 75.0), ("reduce", ["whisky"], "2026-07", 65.0)]),
    ("India cut its duty on Scotch whisky to 75% from 150% on Tuesday. The duty falls again to 65% next July.",
     [("reduce", ["whisky"], "2026-02-24", 75.0), ("reduce", ["whisky"], "2026-07", 65.0)]),
    # a participle after a dated rate, with a level and a date of its own
    ("The US imposed a 10 per cent tariff on Nicaraguan goods from January 1, 2027, rising to 15 per cent from "
     "January 1, 2028.", [("impose", [], "2027-01-01", 10.0), ("raise", [], "2028-01-01", 15.0)]),
    # (prices and a quota's yearly growth are no step)
    ("India raised its duty on whisky to 75% on Tuesday, with prices rising to record levels.",
     [("raise", ["whisky"], "2026-02-24", 75.0)]),
])
def test_a_rate_told_before_moved_to_another_level_is_another_step(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-03-02")
    assert [(m.action, m.products, m.effective, m.rate.value if m.rate else None) for m in found] == expected


def test_a_participle_aside_between_subject_and_verb_leaves_the_measure_its_subject(extract):
    found = extract("Pakistan's budget cuts duties.\n\nSeparately, the extra duty on commercially imported used cars, set at 40 percent when "
                    "such imports were allowed last September, drops to 30 percent on July 1.", "2026-06-11")
    assert [(m.type, m.action, m.products, m.effective, m.rate.value) for m in found if m.action == "reduce"] == [
        ("import_tariff", "reduce", ["used cars"], "2026-07-01", 30.0)]


@pytest.mark.parametrize("text, expected", [
    # goods taken off or put on a list of banned goods; the second step shares the day said ahead
    ("Nigeria's Federal Government on Tuesday removed refined vegetable oil, spaghetti and noodles from the import "
     "prohibition list, and added raw cashew nuts to the export prohibition list from January 1, 2027.",
     [("import_ban", "lift", ["vegetable oils", "spaghetti", "noodles"], "2026-05-19", "2026-05-19"),
      ("export_ban", "impose", ["cashews"], "2026-05-19", "2027-01-01")]),
    ("Nigeria on Tuesday cut the import duty on tractors to 5 per cent, and raised the levy on frozen fish to 10 "
     "per cent from June 1.", [("import_tariff", "reduce", ["tractors"], "2026-05-19", "2026-05-19"),
                               ("import_tariff", "raise", ["fish"], "2026-05-19", "2026-06-01")]),
    # (a clause with a date of its own heading it keeps it)
    ("In December India banned wheat exports, and in February it put a 10% duty on rice exports.",
     [("export_ban", "impose", ["wheat"], "2025-12", "2025-12"), ("export_duty", "impose", ["rice"], "2026-02", "2026-02")]),
])
def test_goods_lists_of_bans_and_a_day_said_ahead_of_two_steps(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-05-21")
    assert [(m.type, m.action, m.products, m.announced, m.effective) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # a second verb's object is not the first verb's; a halt right after the verb is its object
    ("Congo suspended cobalt exports in February 2025 and replaced the suspension with quotas in October 2025.",
     [("export_ban", "impose", "2025-02"), ("quota", "impose", "2025-10")]),
    ("Kinshasa halted cobalt exports in February 2025 and extended the halt in June 2025 pending quotas.",
     [("export_ban", "impose", "2025-02"), ("export_ban", "extend", "2025-06")]),
    # a halt replaced by quotas, in the passive: the halt ends the day the quotas start
    ("In May 2021 Argentina suspended beef exports for 30 days. The suspension was replaced in June 2021 by export "
     "quotas equal to 50% of the average monthly volume.",
     [("export_ban", "impose", "2021-05"), ("export_ban", "lift", "2021-06"), ("quota", "impose", "2021-06")]),
    # switched to quotas: the halt told before in the sentence ends the day the quotas start
    ("Argentina stopped beef exports in May 2021, prolonged the suspension in June and switched to quotas in July 2021.",
     [("export_ban", "impose", "2021-05"), ("export_ban", "extend", "2021-06"), ("export_ban", "lift", "2021-07"),
      ("quota", "impose", "2021-07")]),
    # (switching to other goods or to a measure with no halt told before is no step of this kind)
    ("Buyers switched to soyoil in May 2021.", []),
    # quotas that replaced the halt told: the halt ends, the quotas start that day, on its goods
    ("Argentina suspended beef exports in May 2021. Since the suspension and the quotas that replaced it in July "
     "2021, packers have cut shifts.",
     [("export_ban", "impose", "2021-05"), ("quota", "impose", "2021-07"), ("export_ban", "lift", "2021-07")]),
    # the halt the sentence names ends, though no step told it and quotas were told before
    ("Congo set cobalt quotas for 2026 in September. Since the export halt of February 2025 and the quotas that "
     "replaced it in October 2025, miners have built stocks.",
     [("quota", "impose", "2026-09"), ("quota", "impose", "2025-10"), ("export_ban", "lift", "2025-10")]),
])
def test_a_halt_extended_or_replaced_is_the_halt_told(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-11-09")
    assert [(m.type, m.action, m.effective) for m in found] == expected


@pytest.mark.parametrize("heading, expected", [
    # a channel's item opens on its government's name in capitals
    ("UGANDA. ", "UG"),
    ("UGANDA, recap for those who missed it. ", "UG"),
    # (a subheading naming two places names no single actor)
    ("EUROPE, JAPAN POINT TO CEILINGS\n", None),
])
def test_an_item_opening_on_a_government_in_capitals_is_that_governments(extract, heading, expected):
    found = extract("[25.05.2026 09:14] Africa Trade Desk:\nKENYA. The Treasury extended the maize duty waiver to "
                    "31 December.\n\n[26.05.2026 08:20] Africa Trade Desk:\n" + heading + "The agriculture ministry "
                    "banned imports of poultry and eggs from Kenya for 90 days from Saturday 23 May.", "2026-05-27")
    assert [m.imposer for m in found if m.type == "import_ban"] == ([expected] if expected else [])


@pytest.mark.parametrize("text, expected", [
    # a spoken date is recognised; a start told after 'starting on' lies ahead of a step just decided
    ("Cabinet has increased the export duty on round logs to 35 percent from 27.5 percent, starting on the first "
     "of July.", [("raise", "2026-04-23", "2026-07-01")]),
    ("Cabinet has increased the export duty on round logs to 35 percent from 27.5 percent, starting on July 1.",
     [("raise", "2026-04-23", "2026-07-01")]),
])
def test_a_start_said_after_starting_on_is_no_decision_day(extract, text, expected):
    found = extract("Solomon Islands.\n\n" + text, "2026-04-23")
    assert [(m.action, m.announced, m.effective) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # a rate in words, put on goods; nobody putting one puts none
    ("Turkey is putting an additional fifty percent duty on cars imported from China.", [("TR", "impose", 50.0)]),
    ("Nobody is putting a quota on Chinese washing machines.", []),
])
def test_a_spoken_rate_put_on_goods(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2024-06-10")
    assert [(m.imposer, m.action, m.rate.value if m.rate else None) for m in found] == expected


@pytest.mark.parametrize("third", [
    "The suspension was extended by three months on 21 June 2025.",
    "Kinshasa extended the halt on 21 June 2025.",
])
def test_a_halt_extended_is_the_halted_flow_not_the_measure_told_last(extract, third):
    found = extract("Intro.\n\nOn 22 February 2025 Congo suspended all cobalt exports. Congo later set quarterly cobalt "
                    "export quotas from 16 October 2025. " + third, "2026-11-09")
    assert [(m.type, m.products, m.effective) for m in found if m.action == "extend"] == [
        ("export_ban", ["cobalt"], "2025-06-21")]


@pytest.mark.parametrize("text, expected", [
    # a government's ban named with the year it began, no verb: imposed then
    ("Traders recalled Tanzania's 2023 ban on day-old chicks from Kenya.", [("TZ", "import_ban", "2023")]),
    ("The court ruled on Tuesday that Tanzania's 2023 ban on day-old chicks from Kenya breached the protocol.",
     [("TZ", "import_ban", "2023")]),
    ("Tanzania's ban on gold and copper concentrate exports in March 2017 remains the cautionary tale.",
     [("TZ", "export_ban", "2017-03")]),
    # (a time told by a ban is not its imposition)
    ("Antimony prices soared to $60,000 per tonne during the 2025 ban.", []),
])
def test_a_ban_named_with_its_year_is_imposed_then(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-05-27")
    assert [(m.imposer, m.type, m.effective) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # goods taken off a list of banned goods, or joining one
    ("Nigeria's 2026 Fiscal Policy Measures take refined vegetable oil, spaghetti and noodles off the import "
     "prohibition list from June.", [("import_ban", "lift", ["vegetable oils", "spaghetti", "noodles"])]),
    ("In Nigeria, raw cashew nuts join the export prohibition list from 1 Jan 2027.",
     [("export_ban", "impose", ["cashews"])]),
    # (joining another government in a step is no step of its own)
    ("Japan joined the talks on steel tariffs in May.", []),
])
def test_goods_taken_off_or_joining_a_list_of_banned_goods(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-05-27")
    assert [(m.type, m.action, m.products) for m in found] == expected


@pytest.mark.parametrize("opening", ["In Zambia, ", "MD: In Zambia, "])
def test_a_place_opening_the_sentence_acts_past_a_speakers_label(extract, opening):
    found = extract("Intro.\n\nCongo cut its cobalt quota. " + opening + "the 2027 budget introduced a 5% export duty on "
                    "copper concentrates from 1 January 2027.", "2026-11-10")
    assert [(m.imposer, m.type, m.products) for m in found if m.type == "export_duty"] == [
        ("ZM", "export_duty", ["copper concentrate"])]


@pytest.mark.parametrize("text, expected", [
    # a duty applied at nothing is a duty lifted
    ("China has applied zero tariffs on 100% of tariff lines to the 33 African least developed countries since 1 Dec "
     "2024.", [("CN", "lift", "2024-12-01")]),
    ("The European Union has applied a zero tariff to Ecuadorian shrimp since January 2017.", [("EU", "lift", "2017-01")]),
    ("The European Union has applied a 0% tariff to Ecuadorian shrimp since January 2017.", [("EU", "lift", "2017-01")]),
    # (a duty of its own rate is imposed)
    ("The European Union has applied a 12% tariff to Ecuadorian shrimp since January 2017.", [("EU", "impose", "2017-01")]),
])
def test_a_zero_tariff_applied_lifts_the_duty(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-05-27")
    assert [(m.imposer, m.action, m.effective) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # a duty-free window opened waives the duty for its time
    ("Kenya's Treasury opens a duty-free window for brown and mill white sugar from 1 June until 31 October.",
     [("KE", "import_tariff", "suspend", "2026-06-01", "2026-10-31")]),
    # (a duty-free quota opened is a quota)
    ("Kenya's Treasury will open a duty-free quota of 60,000 tonnes of sugar from 1 June.",
     [("KE", "quota", "impose", "2026-06-01", None)]),
])
def test_a_duty_free_window_opened_suspends_the_duty(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-05-25")
    assert [(m.imposer, m.type, m.action, m.effective, m.expires) for m in found] == expected


def test_a_table_row_names_no_government_and_a_further_period_extends(extract):
    """'India | Morbi Tiles Ltd. | 9.6' is a row of a rate table, not a digest item headed by
    India: the notice's own body still acts after it. 'maintained ... for a further period of
    five years from 12 May 2026' extends the duty for that long."""
    found = extract("Intro.\n\nThe GCC imposed definitive anti-dumping duties on ceramic tiles from China and India "
                    "from 1 August 2026.\n\nCountry | Exporting producer | Duty (%)\nChina | Foshan Tiles Co. | 21.4\n"
                    "India | Morbi Tiles Ltd. | 9.6\n\nPART TWO - MELAMINE TABLEWARE\n\nThe definitive anti-dumping "
                    "duty of 35 per cent on imports of melamine tableware from China was imposed with effect from 12 "
                    "May 2021. The duty shall be maintained, at the same rate, for a further period of five years "
                    "from 12 May 2026.", "2026-07-14")
    assert [(m.imposer, m.action, m.products, m.effective, m.duration) for m in found[1:]] == [
        ("GCC", "impose", ["melamine tableware"], "2021-05-12", None),
        ("GCC", "extend", ["melamine tableware"], "2026-05-12", "P5Y")]


@pytest.mark.parametrize("text, expected", [
    # a government's duty, its rate and the day it began, with no verb of a step
    ("Egypt's definitive safeguard duty on steel billets and rebar is 19%, for three years, from 2 August 2026.",
     [("impose", ["rebar", "steel billets"], "2026-08-02", 19.0)]),
    ("India's import duty on gold has been 15% since July 2024.", [("impose", ["gold"], "2024-07", 15.0)]),
    # (a rate with no day it began is how things stand)
    ("Egypt's duty on steel billets is 19%.", []),
])
def test_a_governments_duty_at_a_rate_from_a_day_was_imposed_then(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-10-01")
    assert [(m.action, sorted(m.products), m.effective, m.rate.value if m.rate else None) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # 'let them resume': the halt told before in the sentence is lifted
    ("In February 2023 Morocco stopped exports of tomatoes and onions to Senegal, and it let them resume in April of "
     "that year.", [("export_ban", "impose", "2023-02"), ("export_ban", "lift", "2023-04")]),
    # 'dropped the licence': the licence told before is lifted that day
    ("Morocco's ministry made exports of fresh tomatoes subject to a prior licence from 15 January, then dropped the licence "
     "two weeks early, on 31 March.", [("export_control", "impose", "2026-01-15"), ("export_control", "lift", "2026-03-31")]),
    # a freeze lifted is the ban told, not the licence lifted before it
    ("Morocco's ministry made exports of fresh tomatoes subject to a prior licence from 15 January, then dropped the licence "
     "two weeks early, on 31 March. Algeria froze imports from Spain in June 2022 and only lifted the freeze in "
     "October 2026.", [("export_control", "impose", "2026-01-15"), ("export_control", "lift", "2026-03-31"),
                       ("import_ban", "impose", "2022-06"), ("import_ban", "lift", "2026-10")]),
    # 'reopened them ... with a 40 per cent duty': the halt ends and the duty begins that month
    ("India banned onion exports from 8 December 2023, reopened them in May 2024 with a 40 per cent duty and scrapped "
     "the duty on 1 April 2025.", [("export_ban", "impose", "2023-12-08"), ("export_ban", "lift", "2024-05"),
                                  ("export_duty", "impose", "2024-05"), ("export_duty", "lift", "2025-04-01")]),
    # (refiners who 'lobby to reopen it' reopen nothing)
    ("Russia banned petrol exports in August 2025. Every time stocks build up, refiners lobby to reopen it.",
     [("export_ban", "impose", "2025-08")]),
])
def test_a_halt_or_licence_let_go_is_the_one_told(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-11-02")
    assert [(m.type, m.action, m.effective) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # a target told once for a government holds for its other steps on the same flow ...
    ("China banned exports of gallium to the United States on Monday. China also banned exports of graphite on "
     "Tuesday.", [["US"], ["US"]]),
    # ... not for its steps on the other flow
    ("Oman banned exports of ferrous scrap on Monday. Oman also banned imports of poultry from the Netherlands on "
     "Tuesday.", [[], ["NL"]]),
])
def test_a_target_told_once_holds_for_the_same_flow(extract, text, expected):
    assert [m.targets for m in extract("Intro.\n\n" + text, "2026-09-20")] == expected


def test_a_faq_answer_is_about_the_government_whose_measure_the_question_names(extract):
    found = extract("Intro.\n\nQ: Can I export ferrous scrap from Oman?\n\nA: No. Oman banned exports of ferrous scrap "
                    "from 1 May.\n\nQ: Are GCC anti-dumping duties on tiles now final?\n\nA: Yes. Definitive "
                    "anti-dumping duties on ceramic tiles from China apply from 1 August 2026.", "2026-09-20")
    assert [(m.imposer, m.type, m.effective) for m in found] == [
        ("OM", "export_ban", "2026-05-01"), ("GCC", "import_tariff", "2026-08-01")]


@pytest.mark.parametrize("text, published, expected", [
    # a step of the past told with one date was decided as it took effect, as far as the story says
    ("Canada hit back with tariffs on U.S. steel and whiskey from July 1, 2018.", "2020-09-15",
     [("2018-07-01", "2018-07-01")]),
    ("Egypt halted onion exports for three months from November 1, 2023.", "2026-10-13", [("2023-11-01", "2023-11-01")]),
    # (a start still ahead is no look-back: the story's news announced it, not its start)
    ("Egypt will halt onion exports for three months from November 1, 2026.", "2026-10-13",
     [("2026-10-13", "2026-11-01")]),
])
def test_a_past_step_told_with_one_date_was_announced_then(extract, text, published, expected):
    found = extract("Intro.\n\n" + text, published)
    assert [(m.announced, m.effective) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # 'made' before a flow is a verb: the government acts
    ("Morocco made exports of fresh tomatoes subject to a prior licence from 15 January.",
     [("MA", "export_control", [])]),
    # ('Chinese-made cars' are goods from China)
    ("Morocco raised its duty on Chinese-made cars to 40% on Monday.", [("MA", "import_tariff", ["CN"])]),
])
def test_made_before_a_flow_is_a_verb(extract, text, expected):
    assert [(m.imposer, m.type, m.targets) for m in extract("Intro.\n\n" + text, "2026-11-02")] == expected


@pytest.mark.parametrize("text, expected", [
    # a measure that 'starts' or 'begins' on a day takes effect then
    ("Egypt's three-month ban on onion exports, announced on Sunday, starts tomorrow.",
     [("export_ban", "impose", "2026-10-11", "2026-10-15")]),
    ("Mexico's 10% duty on imported steel begins on 1 November.", [("import_tariff", "impose", None, "2026-11-01")]),
    # (a season or talks that start are no measure)
    ("The onion harvest season starts on Monday.", []),
])
def test_a_measure_that_starts_on_a_day_takes_effect_then(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-10-14")
    assert [(m.type, m.action, m.announced, m.effective) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # a measure that applies for a time from a day was imposed then
    ("The GCC published its final determination on ceramic tiles from China on Monday. Definitive duties of up to "
     "48.3 per cent apply for five years with effect from 1 September 2026.", [("2026-09-01", "P5Y")]),
    # (applying for a licence is no step)
    ("Importers of Chinese ceramic tiles must apply for a licence from 1 September 2026.", []),
])
def test_duties_that_apply_for_a_time_from_a_day_were_imposed_then(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-09-03")
    assert [(m.effective, m.duration) for m in found if m.action == "impose"] == expected


@pytest.mark.parametrize("text, expected", [
    # a participle joined by 'and' to one set off by a comma tells of the same measure
    ("The 25% Section 232 tariff on imported semiconductors, announced on 27 February and in force since March, "
     "exempts chipmakers with US fab commitments.", [("US", "import_tariff", "impose", "2026-02-27", "2026-03")]),
    # ('..., announced on 27 February, covers ...' alone tells no step)
    ("The 25% tariff on imported semiconductors, announced on 27 February, covers most chips.", []),
])
def test_a_participle_joined_to_a_set_off_one_tells_of_its_measure(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-03-16")
    assert [(m.imposer, m.type, m.action, m.announced, m.effective) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # 'In the same rule' frames the step; the removal is a step of its own, dated with the rule
    ("BIS added 16 entities to the Entity List on 11 March.\n\nIn the same rule BIS removed two Indian entities "
     "from the Entity List.", [("impose", [], "2026-03-11"), ("lift", ["IN"], "2026-03-11")]),
    # 'N in <country>' after a colon lists where the listed parties are
    ("BIS added 16 entities to the Entity List: 11 in China, three in Singapore and two in Malaysia.",
     [("impose", ["CN", "SG", "MY"], None)]),
])
def test_same_rule_removals_and_counted_places_of_listed_parties(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-03-16")
    assert [(m.action, m.targets, m.announced) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # a field line under an entry dates the entry's steps
    ("1. US | Entity List: additions\nBIS added 16 entities to the Entity List.\nEffective: 2026-03-11\n"
     "Action for users: re-screen open orders.", [("impose", None, "2026-03-11", None)]),
    ("BIS extended the temporary general licence for servicing chipmaking tools.\nExpires: 31/12/2026",
     [("extend", None, None, "2026-12-31")]),
    # (a blank line ends the entry: the field below it dates nothing above)
    ("BIS added 16 entities to the Entity List.\n\nEffective: 2026-03-11", [("impose", None, None, None)]),
])
def test_a_field_line_dates_the_steps_of_its_entry(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-03-16")
    assert [(m.action, m.announced, m.effective, m.expires) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # a passive subject is shared past 'and have applied since'
    ("China hit back.\n\nThe 15% levy on US LNG was announced on 4 February 2025 and has applied since 10 February 2025.",
     [("CN", "import_tariff", "impose", "2025-02-04", "2025-02-10")]),
    # a status phrase joined by 'and' to a participle tells of the measure before the participle
    ("Indonesia suspended approvals.\n\nThat comes on top of the export duty of 1% to 5% on coal announced in January "
     "and in force since February.", [("ID", "export_duty", "impose", "2026-01", "2026-02")]),
    # 'put restrictions on exports of' sets a control on that flow
    ("In November 2024 Russia put temporary restrictions on exports of enriched uranium to the United States.",
     [("RU", "export_control", "impose", "2024-11", "2024-11")]),
    # goods added to a duty are put under it
    ("The United States added wind turbines and their parts to its 50 per cent tariff on steel derivatives in August 2025.",
     [("US", "import_tariff", "impose", "2025-08", "2025-08")]),
    # paused approvals for exports stop the flow they license; lifting the pause reopens it
    ("The United States paused new approvals for LNG exports on January 26, 2024, and lifted the pause on "
     "January 20, 2025.", [("US", "export_ban", "impose", "2024-01-26", "2024-01-26"),
                           ("US", "export_ban", "lift", "2025-01-20", "2025-01-20")]),
])
def test_energy_steps_told_in_passing(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-03-05")
    assert [(m.imposer, m.type, m.action, m.announced, m.effective) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # 'it exempted goods that qualify for preferential treatment': relief from the tariff just told,
    # not a preference withdrawn
    ("On March 4, 2025, the United States imposed an additional tariff of 25 per cent on most imports from Canada. "
     "On March 7, 2025, it exempted goods that qualify for preferential treatment under the trade pact.",
     [("US", ["CA"], "impose", "2025-03-04"), ("US", ["CA"], "suspend", "2025-03-07")]),
    # 'Chinese buyers' buy; they are no target of China's own tariff
    ("Remember, China put the 25 percent tariff on US LNG in February 2025, in the very first round of retaliation, "
     "and Chinese buyers simply stopped lifting US cargoes.", [("CN", ["US"], "impose", "2025-02")]),
])
def test_exemptions_by_pronoun_and_buyers_who_are_no_targets(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-03-09")
    assert [(m.imposer, m.targets, m.action, m.announced) for m in found] == expected


@pytest.mark.parametrize("text, published, expected", [
    # a dated exemption by a government relieves the measure just told, for the goods it names
    ("The US raised its tariff on Chinese goods to 145% on April 10. On April 11 the administration exempted "
     "smartphones and computers.", "2025-04-20",
     [("US", ["CN"], "raise", [], "2025-04-10", None), ("US", ["CN"], "suspend", ["computers", "smartphones"], "2025-04-11", None)]),
    # the same told in the passive, with the goods as subject
    ("The US raised its tariff on Chinese goods to 145% on April 10. On April 11 smartphones and computers were exempted.",
     "2025-04-20",
     [("US", ["CN"], "raise", [], "2025-04-10", None), ("US", ["CN"], "suspend", ["computers", "smartphones"], "2025-04-11", None)]),
    # 'from both steps' names the acts just told; the exemption runs until its own end
    ("Malaysia will ban imports of plastic waste from 1 January 2027. Used tyres are exempted from both steps until "
     "31 December 2028.", "2026-05-14",
     [("MY", [], "impose", ["plastic waste"], "2026-05-14", None), ("MY", [], "suspend", ["tyres"], "2026-05-14", "2028-12-31")]),
    # the countries spared are the exemption's, not the measure's targets
    ("The EU made exports of protective equipment subject to authorisation on 15 March. A first amendment on 19 March "
     "exempted exports to Norway, Iceland and Switzerland.", "2025-04-10",
     [("EU", [], "impose", ["personal protective equipment"], "2025-03-15", None),
      ("EU", ["CH", "IS", "NO"], "suspend", ["personal protective equipment"], "2025-03-19", None)]),
    # guard: 'are exempt' is the measure's scope, no step
    ("The US raised its tariff on Chinese goods to 145% on April 10. Pharmaceuticals and smartphones are exempt for now.",
     "2025-04-20", [("US", ["CN"], "raise", [], "2025-04-10", None)]),
    # guard: firms exempted from a duty told in the same sentence are no goods relieved
    ("Beijing imposed definitive anti-dumping duties of up to 34.9% on brandy from July 5, though cognac houses that "
     "agreed to sell above minimum prices were exempted.", "2025-09-20",
     [("CN", [], "impose", ["brandy"], "2025-07-05", None)]),
])
def test_dated_exemptions_relieve_the_measure_just_told(extract, text, published, expected):
    found = extract("Intro.\n\n" + text, published)
    assert [(m.imposer, sorted(m.targets), m.action, sorted(m.products), m.announced, m.expires) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # a threshold lowered, as object or as subject, tightens the ban told before
    ("The EU banned imports of Russian diamonds from 1 January 2024. On 1 March 2024 it lowered the threshold to 1 carat.",
     [("import_ban", "impose", "2024-01-01"), ("import_ban", "tighten", "2024-03-01")]),
    ("The EU banned imports of Russian diamonds from 1 January 2024. The weight threshold for Russian diamonds processed "
     "in third countries falls from 0.5 carat to 0.2 carat from 1 September 2026.",
     [("import_ban", "impose", "2024-01-01"), ("import_ban", "tighten", "2026-09-01")]),
    ("The EU banned imports of Russian diamonds in January 2024, and the threshold dropped to 0.5 carat from 1 September 2024.",
     [("import_ban", "impose", "2024-01"), ("import_ban", "tighten", "2024-09-01")]),
    ("The EU banned imports of Russian diamonds from 1 January 2024. From 1 September 2024 that threshold drops to 0.5 carat.",
     [("import_ban", "impose", "2024-01-01"), ("import_ban", "tighten", "2024-09-01")]),
    # with no ban told and no flow named, a performance threshold is an export control's
    ("A year later, on 17 October 2023, BIS lowered the performance thresholds and caught two more chips.",
     [("export_control", "tighten", "2023-10-17")]),
    # guards: a threshold inside a statistic's subject, or after another object, moves nothing
    ("The EU banned imports of Russian diamonds from 1 January 2024. The share of stones below the threshold fell to "
     "20 per cent in 2025.", [("import_ban", "impose", "2024-01-01")]),
    ("The EU banned imports of Russian diamonds from 1 January 2024. On 1 March 2024 it lowered prices for buyers below "
     "the threshold.", [("import_ban", "impose", "2024-01-01")]),
])
def test_a_lowered_threshold_tightens_the_measure_told(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-06-12")
    assert [(m.type, m.action, m.effective) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # a told duty's levels, each reached on its own day, are steps of their own
    ("The EU has charged a duty on Russian nitrogen fertilisers since 1 July 2025. The duty rises from EUR 40 to EUR 60 "
     "per tonne on 1 July 2026, then to EUR 80 per tonne on 1 July 2027 and to EUR 315 per tonne on 1 July 2028.",
     [("impose", "2025-07-01", None), ("raise", "2026-07-01", 60.0), ("raise", "2027-07-01", 80.0),
      ("raise", "2028-07-01", 315.0)]),
    ("The US has charged a duty on Chinese gloves since 2019. The duty on these gloves climbs to 50% on January 1, 2026, "
     "and to 100% on January 1, 2027.",
     [("impose", "2019", None), ("raise", "2026-01-01", 50.0), ("raise", "2027-01-01", 100.0)]),
])
def test_a_told_duty_rising_by_dated_levels(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2025-06-12")
    assert [(m.action, m.effective, m.rate.value if m.rate else None) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # an aside naming the act, between commas, comes between the verb and its object
    ("Russia has also extended, by Resolution No. 1127 of 05.06.2026, temporary restrictions on exports of enriched "
     "uranium to the United States until the end of 2027.", [("RU", "export_control", "extend", "2027-12-31")]),
    # 'to' after an export names where the goods go: the restrictions are prolonged, not widened
    ("Russia has also extended temporary restrictions on exports of enriched uranium to the United States until the "
     "end of 2027.", [("RU", "export_control", "extend", "2027-12-31")]),
    # guard: 'to' naming new goods still widens
    ("Russia extended its export restrictions to enriched uranium on 5 June 2026.",
     [("RU", "export_control", "tighten", None)]),
])
def test_extensions_past_an_aside_and_to_a_destination(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-06-16")
    assert [(m.imposer, m.type, m.action, m.expires) for m in found] == expected


def test_a_relative_clause_on_parties_and_exempted_goods_tell_no_step(extract):
    """'other countries that have imposed sanctions on Russia' says whom the ban targets, and takes
    no date of the step; goods exempted from the ban are not what it covers."""
    found = extract("Intro.\n\nThe president on Monday signed a decree extending Russia's ban on imports of agricultural "
                    "products from the United States and other countries that have imposed sanctions on Russia until "
                    "31 December 2027. The decree does not change the exemptions for baby food, seed potatoes and onion "
                    "sets. The embargo was first imposed by decree No. 560 of 6 August 2014 for one year.", "2026-06-16")
    assert [(m.action, m.products, m.announced, m.expires) for m in found] == [
        ("extend", ["agricultural products"], "2026-06-15", "2027-12-31"),
        ("impose", ["agricultural products"], "2014-08-06", "2015-08-06")]


@pytest.mark.parametrize("text, expected", [
    # a maximum price for oil moves no duty, however it is lowered
    ("The EU banned imports of Russian steel slabs on 8 June 2025. The EU's maximum price for Russian crude oil, "
     "lowered to USD 47.60 per barrel from 3 September 2025 under the dynamic mechanism, continues to govern "
     "shipping services.",
     [("EU", "import_ban", "impose", None)]),
    # guard: a government that acts after a price-control phrase still raises its duty
    ("Despite price controls, India raised the export duty on rice to 20% on Monday.",
     [("IN", "export_duty", "raise", 20.0)]),
])
def test_a_price_limit_as_subject_moves_no_duty(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2025-10-01")
    assert [(m.imposer, m.type, m.action, m.rate.value if m.rate else None) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # 'exported from Russia' says where goods kept out come from: an import ban, on Russia
    ("Switzerland adopted new measures on Friday. The import, purchase and transport of helium originating in or "
     "exported from Russia are prohibited from 1 April 2025.", [("CH", ["RU"], "import_ban")]),
    ("On 8 June the EU adopted a regulation. It prohibits the purchase, import or transfer of ferro-alloys originating "
     "in or exported from Russia from 10 September 2026.", [("EU", ["RU"], "import_ban")]),
    # the origin of the subject's goods is the target of an import ban
    ("Switzerland adopted new measures on Friday. The import of helium originating in Russia is prohibited from "
     "1 April 2025.", [("CH", ["RU"], "import_ban")]),
    # guard: goods produced in the imposer's own country are the origin of an export ban, no target
    ("Cote d'Ivoire banned exports of cocoa powder produced in Ivorian factories on 1 March 2025.",
     [("CI", [], "export_ban")]),
])
def test_goods_exported_from_a_country_are_its_goods(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2025-03-01")
    assert [(m.imposer, m.targets, m.type) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # a percentage added on top, named alone, is a duty of that rate; removed, it is lifted
    ("The US imposed a reciprocal tariff of 25 per cent on Indian goods from 7 August 2025. An order dated 6 August "
     "2025 added a further 25 per cent, effective 27 August 2025. The additional 25 per cent was removed with effect "
     "from 7 February 2026.",
     [("impose", "2025-08-07", 25.0), ("impose", "2025-08-27", 25.0), ("lift", "2026-02-07", 25.0)]),
    # guards: a further fall of exports, a further rise of a firm's prices
    ("The US imposed a reciprocal tariff of 25 per cent on Indian goods from 7 August 2025. Exports to the US fell a "
     "further 10 per cent in May. The company added a further 5 per cent to its prices in March.",
     [("impose", "2025-08-07", 25.0)]),
])
def test_a_surcharge_named_by_its_rate(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-06-15")
    assert [(m.action, m.effective, m.rate.value if m.rate else None) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # a measure that covers goods from a date starts then; goods that stay exempt until a date
    # are relieved until then, in their own clause
    ("The EU adopted its package on Monday. A new import ban covers Russian ferro-alloys and synthetic rubber from "
     "10 September 2026, while ferro-nickel stays exempt until 31 March 2027.",
     [("impose", ["ferro-alloys", "synthetic rubber"], "2026-09-10", None),
      ("suspend", ["nickel pig iron"], None, "2027-03-31")]),
    ("The EU banned imports of Russian ferro-alloys on Monday. Ferro-nickel remains exempt until 31 March 2027.",
     [("impose", ["ferro-alloys"], "2026-06-08", None), ("suspend", ["nickel pig iron"], None, "2027-03-31")]),
    # guards: an exemption that stays, with no end, is the measure's scope; what a ban covers, undated
    ("The EU banned imports of Russian ferro-alloys on Monday. Ferro-nickel remains exempt.",
     [("impose", ["ferro-alloys"], "2026-06-08", None)]),
    ("The EU banned imports of Russian ferro-alloys on Monday. The ban covers synthetic rubber too.",
     [("impose", ["ferro-alloys"], "2026-06-08", None)]),
])
def test_what_a_ban_covers_from_a_date_and_what_stays_exempt_until_one(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-06-12")
    assert [(m.action, m.products, m.effective, m.expires) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # the act's subject tells, between commas, the day it was decided: the step's announced day
    ("The EU's regulation, adopted on 23 October 2025, banned imports of Russian LNG from 25 April 2026.",
     [("2025-10-23", "2026-04-25")]),
    ("The EU's 19th sanctions package, adopted on 23 October 2025, bans imports of Russian LNG from 25 April 2026.",
     [("2025-10-23", "2026-04-25")]),
    # a phrase parallel to one before the 'and' ('under ... contracts') tells a second dated step,
    # decided the same day
    ("The EU's 19th package, adopted on 23 October 2025, banned imports of Russian LNG under short-term contracts "
     "from 25 April 2026 and under long-term contracts from 1 January 2027.",
     [("2025-10-23", "2026-04-25"), ("2025-10-23", "2027-01-01")]),
    # a lead-in names the act and the day it was published
    ("By Agreement published in the DOF on 30/01/2026, from 01/03/2026 garments originating in countries without a "
     "trade agreement may no longer be imported by courier into Mexico.", [("2026-01-30", "2026-03-01")]),
    # guard: a speaker's aside dates no decision
    ("The EU's trade commissioner, speaking on 23 October 2025, said the ban on Russian LNG applies from 25 April 2026.",
     [("2025-10-23", "2026-04-25")]),
])
def test_a_decision_day_in_the_subject_and_parallel_phased_steps(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-06-12")
    assert [(m.announced, m.effective) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # a ban that stopped goods imposed itself on them
    ("The EU's first diamond ban, adopted on 18 December 2023, stopped Russian non-industrial diamonds shipped "
     "directly from 1 January 2024.", [("impose", ["diamonds"], "2023-12-18", "2024-01-01")]),
    # guard: stopping a ban lifts it
    ("The EU imposed a ban on Russian diamonds in 2024. In May 2026 the EU stopped the ban on rough diamonds.",
     [("impose", ["diamonds"], "2024", "2024"), ("lift", ["diamonds"], "2026-05", "2026-05")]),
])
def test_a_ban_that_stopped_goods(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-06-12")
    assert [(m.action, m.products, m.announced, m.effective) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # another country's goods as a passive's subject, barred: an import ban on that country
    ("In the US, Russian low-enriched uranium has been barred since 11 August 2024.",
     [("US", ["RU"], "import_ban", "2024-08-11")]),
    ("Russian uranium has been banned in the US since 11 August 2024.", [("US", ["RU"], "import_ban", "2024-08-11")]),
    # guard: the country's own goods barred from leaving name the export flow
    ("Indian rice exports have been banned since 20 July 2023.", [("IN", [], "export_ban", "2023-07-20")]),
])
def test_foreign_goods_barred_in_the_passive(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-06-12")
    assert [(m.imposer, m.targets, m.type, m.effective) for m in found] == expected


def test_a_relief_in_stages_for_goods_of_their_own(extract):
    """'relaxed in stages: for buses and trucks from D1, and for all other vehicles, including
    used cars, from D2': two lifts, each on its goods and day."""
    found = extract("Intro.\n\nSri Lanka suspended imports of motor vehicles in March 2020. The suspension was relaxed "
                    "in stages: for buses and trucks from 14th December 2024, and for all other vehicles, including used "
                    "cars, from 1st February 2025.", "2025-03-01")
    assert [(m.action, m.products, m.effective) for m in found] == [
        ("impose", ["motor vehicles"], "2020-03"), ("lift", ["buses", "trucks"], "2024-12-14"),
        ("lift", ["motor vehicles", "used cars"], "2025-02-01")]


@pytest.mark.parametrize("text, expected", [
    # a government's duty at an amount per unit since a day: imposed then, at that rate
    ("The EU's duty on Russian nitrogen fertiliser has been 40 euros a tonne since July last year.",
     [("EU", "impose", "2025-07", 40.0)]),
    ("India's import duty on gold has been 15% since July 2022.", [("IN", "impose", "2022-07", 15.0)]),
    # guard: a price per tonne since a day is no duty
    ("The EU's price for Russian nitrogen fertiliser has been 400 euros a tonne since July last year.", []),
])
def test_a_duty_per_unit_standing_since_a_day(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-06-12")
    assert [(m.imposer, m.action, m.effective, m.rate.value if m.rate else None) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # a verb of letting goods in, stopped, keeps them out, whatever exports the sentence names
    ("Since China stopped accepting solid waste of any kind in January 2021, exporters in Europe have sent their "
     "plastic to Malaysia.", [("CN", "import_ban")]),
    ("From 1 March 2026 garments originating in countries without a trade agreement may no longer be imported by "
     "courier into Mexico, exporters said.", [("MX", "import_ban")]),
    # guard: a country that halts exports still bans exports
    ("India stopped exports of onions on 8 December 2023.", [("IN", "export_ban")]),
])
def test_a_stop_on_letting_goods_in_is_an_import_ban(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-05-14")
    assert [(m.imposer, m.type) for m in found] == expected


def test_an_exemption_of_unnamed_goods_takes_in_no_other_exemption(extract):
    """'exempted goods that qualify under the USMCA' and, later, 'Aircraft and orange juice were
    exempted' are two scopes: the second does not become the first's goods."""
    found = extract("Intro.\n\nThe US imposed 25% tariffs on Canadian and Mexican goods on 4 March. On 6 March the "
                    "White House exempted goods that qualify under the USMCA, with effect from 7 March. An order signed "
                    "on 30 July 2025 added a 40% tariff on most Brazilian goods from 6 August. Aircraft and orange juice "
                    "were exempted from the start, and in November beef and coffee were removed from the list.", "2025-12-20")
    assert [(m.action, sorted(m.products), m.announced) for m in found if m.action == "suspend"] == [
        ("suspend", [], "2025-03-06"), ("suspend", ["aircraft", "orange juice"], None)]



@pytest.mark.parametrize("text, expected", [
    # a second object with its own date after 'and', the verb left out, is a second step
    ("Russia lifted the ban on diesel exports on 6 October and the ban on gasoline exports on 17 November.",
     [("lift", ["diesel"], "2025-10-06"), ("lift", ["gasoline"], "2025-11-17")]),
    # the participle right after a relaxed measure dates its decision
    ("Nigeria set a 10% import duty on gasoline and diesel from 1 April 2026.\n\nA 15% duty approved in October 2025 "
     "was suspended in November.", [("impose", ["gasoline", "diesel"], None),  # (set before, applies after the story)
                                    ("impose", ["gasoline", "diesel"], "2025-10"), ("suspend", [], "2025-11")]),
    # '..., after introducing it on 1 July 2022': the sentence's own measure began then
    ("India scrapped its windfall levy on exports of diesel and jet fuel in December 2024, about two and a half years "
     "after introducing it on 1 July 2022.", [("lift", ["diesel", "jet fuel"], "2024-12"),
                                             ("impose", ["diesel", "jet fuel"], "2022-07-01")]),
])
def test_steps_told_without_a_verb_of_their_own(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-03-06")
    assert [(m.action, m.products, m.announced) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # the status after 'extension of its ban' dates the extension, not the ban
    ("Kazakhstan's six-month extension of its ban on road exports of gasoline, diesel and jet fuel, in force since "
     "15 February, has already cut truck flows.", [("extend", "2026-02-15")]),
    # 'now runs until' moves the end
    ("Russia's ban on diesel exports now runs until 30 June.", [("extend", None)]),
    # ('extended ... its suspension, which now runs until 9 November 2027' is one step)
    ("The United States has extended by a year its suspension of the port fees on Chinese ships, which now runs until "
     "9 November 2027.", [("extend", None)]),
    # a freeze of retail price increases is no trade measure
    ("Kazakhstan also extended until 1 June the moratorium on increases in retail prices of gasoline and diesel.", []),
    # ('raised its export offers ... and then cut them' cuts offers, not the measure told before)
    ("Canada cut its export charge on power to 5% on 2 March.\n\nHydro-Quebec raised its export offers on two "
     "afternoons to capture higher New England prices, and then cut them again on 5 March as prices fell.",
     [("reduce", "2026-03-02")]),
])
def test_what_a_status_or_end_phrase_belongs_to(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-03-06")
    assert [(m.action, m.effective) for m in found] == expected


def test_a_second_object_with_a_verb_of_its_own_is_no_gapped_step(extract):
    found = extract("Intro.\n\nRussia lifted the ban on diesel exports on 6 October and the ban on gasoline exports "
                    "was kept.", "2026-03-06")
    assert [(m.action, m.announced) for m in found] == [("lift", "2025-10-06")]


@pytest.mark.parametrize("text, expected", [
    # 'responded ... with surtaxes' imposes them, past the date between
    ("Canada responded on March 4, 2025 with surtaxes of 25 per cent on imports from the United States.",
     [("CA", "impose", [], 25.0, "2025-03-04")]),
    # ('Malaysia reacted first.' alone imposes nothing)
    ("Malaysia reacted first.", []),
    # a rate on all goods and a rate on named goods are two parts of one step
    ("On March 4, 2025, the United States imposed an additional tariff of 25 per cent on most imports from Canada "
     "and of 10 per cent on Canadian energy products and potash.",
     [("US", "impose", [], 25.0, "2025-03-04"), ("US", "impose", ["potash"], 10.0, "2025-03-04")]),
    # provisional duties made definitive are a second imposition, in the February after the October told
    ("The European Commission imposed provisional anti-dumping duties of 21.7 to 44.3 per cent on large power "
     "transformers from China in October 2025, and made them definitive for five years in February.",
     [("EU", "impose", ["transformers"], 44.3, "2025-10"), ("EU", "impose", ["transformers"], None, "2026-02")]),
])
def test_responses_rate_parts_and_duties_made_definitive(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-03-09")
    assert [(m.imposer, m.action, m.products, m.rate.value if m.rate else None, m.announced)
            for m in found] == expected


@pytest.mark.parametrize("text, published, expected", [
    # what a duty brings in falls; the duty does not
    ("Solomon Islands cut its log export duty to 10% on 1 July 2025.\n\nRevenue from the log duty fell by 20% in 2025.",
     "2026-04-10", [("reduce", "2025-07-01")]),
    # suspended export contracts are deals, no flow stopped
    ("Nicaragua banned exports of beans on 2 March.\n\nOn Monday the government suspended two export contracts for "
     "coffee.", "2026-04-10", [("impose", "2026-03-02")]),
    # a football league's registration ban is no trade measure
    ("Saudi Arabia lifted its ban on poultry from France on Monday.\n\nFootball: the Saudi Pro League on Tuesday lifted "
     "the registration ban it placed on Al-Fateh in 2025.", "2026-10-14", [("lift", "2026-10-12")]),
])
def test_revenue_contracts_and_sports_bans_are_no_steps(extract, text, published, expected):
    found = extract("Intro.\n\n" + text, published)
    assert [(m.action, m.announced) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # parties added to or removed from a list the sentence does not name are a listing step
    ("Taiwan's ITA added eight Chinese entities and removed one Hong Kong entity.",
     [("TW", "entity_listing", "impose", ["CN"]), ("TW", "entity_listing", "lift", ["HK"])]),
    # (a firm adding staff lists nobody)
    ("The company added 300 employees last year.", []),
])
def test_parties_added_with_no_list_named(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-03-16")
    assert [(m.imposer, m.type, m.action, m.targets) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # goods that 'could be imported only under licence' now need one: the modal is a permission
    ("India announced on 3 August 2023 that laptops could be imported only under licence.",
     [("IN", "other", "impose", ["laptops"])]),
    ("Zambia said on Monday that copper concentrate may be exported only with a permit.",
     [("ZM", "export_control", "impose", ["copper concentrate"])]),
    # (a modal of possibility stays a hedge)
    ("India could restrict laptop imports next year.", []),
])
def test_goods_allowed_only_under_licence(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-03-16")
    assert [(m.imposer, m.type, m.action, m.products) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # 'the duty ... doubled to 100% from 50%': the measure is the subject of the multiplying verb
    ("On 1 January the Section 301 duty on Chinese medical and surgical gloves doubled to 100% from 50%.",
     [("US", "import_tariff", "raise", ["medical gloves"], 100.0)]),
    # goods put on an import alert may be detained at the border: an import ban on them
    ("The US Food and Drug Administration put plastic syringes from two Chinese manufacturers on import alert in "
     "March 2024.", [("US", "import_ban", "impose", ["syringes"], None)]),
])
def test_multiplied_duties_and_import_alerts(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-04-14")
    assert [(m.imposer, m.type, m.action, m.products, m.rate.value if m.rate else None) for m in found] == expected


def test_goods_added_to_the_banned_list_tighten_the_ban(extract):
    found = extract("Intro.\n\nThailand has banned imports of e-cigarettes since 2014.\n\nA notification dated 3 April "
                    "2026 adds heated tobacco devices and nicotine pouches to the banned list.", "2026-04-09")
    assert [(m.type, m.action, m.products) for m in found] == [
        ("import_ban", "impose", ["e-cigarettes"]),
        ("import_ban", "tighten", ["heated tobacco products", "nicotine pouches"])]


@pytest.mark.parametrize("text, expected", [
    # 'made exports of X - an aside - ... subject to a licence': the verb reaches past the goods and the aside
    ("On the fourteenth of March 2020, Brussels made exports of personal protective equipment - masks, visors, "
     "gloves and gowns - to countries outside the bloc subject to a licence.",
     [("EU", "export_control", "impose", "2020-03-14")]),
    # (a clause break between the verb and 'subject to' leaves them apart)
    ("On 14 March 2020 the EU made exports of masks easier, while imports remained subject to a licence.", []),
])
def test_exports_made_subject_to_a_licence_past_an_aside(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-04-13")
    assert [(m.imposer, m.type, m.action, m.announced) for m in found] == expected


def test_a_bulleted_items_headline_names_its_government(extract):
    # '* Country - headline.' sums up the step its own sentences tell: one mention, by that government
    found = extract("Intro.\n\n* Philippines - duty on ventilators suspended. Manila suspended the 7% tariff on ventilators "
                    "for 90 days on Wednesday.\n\n* Kenya - sugar ban delayed. Nairobi pushed back its ban on imports "
                    "of sugar to 1 August 2026.", "2026-04-10")
    assert [(m.imposer, m.targets, m.type, m.action, m.products) for m in found] == [
        ("PH", [], "import_tariff", "suspend", ["ventilators"]),
        ("KE", [], "import_ban", "postpone", ["sugar"])]


@pytest.mark.parametrize("text, expected", [
    # importers 'must lodge cash deposits': a duty imposed; each country of a 'from A and B' list is a target
    ("MOFCOM said on Tuesday that importers of steel wire from the United States and India must lodge cash deposits "
     "of 20% from this Sunday.", [("CN", ["US", "IN"], "import_tariff", "impose", "2026-04-07", "2026-04-12")]),
    ("Importers of steel wire from Japan and Korea must pay cash deposits of 20%, MOFCOM said on Tuesday.",
     [("CN", ["JP", "KR"], "import_tariff", "impose", "2026-04-07", None)]),
    ("The firm lodged a complaint with MOFCOM on Tuesday.", []),
])
def test_deposits_lodged_on_goods_from_a_list_of_countries(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-04-10")
    assert [(m.imposer, m.targets, m.type, m.action, m.announced, m.effective) for m in found] == expected


def test_a_ban_on_importation_meant_to_take_effect_is_dated(extract):
    found = extract("Intro.\n\nKenya's Ministry of Health has banned the importation of nicotine pouches. The ban was "
                    "gazetted on 9 January 2026 and was meant to take effect on 1 April.", None)
    assert [(m.type, m.action, m.products, m.announced, m.effective) for m in found] == [
        ("import_ban", "impose", ["nicotine pouches"], "2026-01-09", "2026-04-01")]


def test_a_date_after_a_relative_aside_belongs_to_the_main_verb(extract):
    # 'pushed back its ban ..., which was due to take effect on 1 April, to 1 July 2026': the new date is the postponement's
    found = extract("Intro.\n\nNairobi pushed back its ban on imports of sugar, which was due to take effect on 1 April, "
                    "to 1 July 2026.", "2026-04-10")
    assert [(m.action, m.expires) for m in found if m.action == "postpone"] == [("postpone", "2026-07-01")]


@pytest.mark.parametrize("text, expected", [
    ("Jakarta will cap imports of medical gloves at 1.2 billion pieces a year from May.",
     [("ID", "quota", "impose", ["medical gloves"])]),
    ("Jakarta will cap prices of medical gloves at 2 dollars a box.", []),
])
def test_a_cap_in_pieces_is_a_quota(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-04-10")
    assert [(m.imposer, m.type, m.action, m.products) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # 'brought the tariff back' reimposes it; two dated levels after one verb are two steps, even with a
    # clause of its own after them
    ("Brazil waived its import duty on electric cars in 2015. It brought the tariff back in January 2024 at 10% "
     "for battery-electric cars, raised it to 18% in July 2024 and to 25% in July 2025, and the last step "
     "takes effect on 01/07/2026.",
     [("suspend", ["electric vehicles"], "2015", None), ("impose", ["electric vehicles"], "2024-01", 10.0),
      ("raise", ["electric vehicles"], "2024-07", 18.0), ("raise", ["electric vehicles"], "2025-07", 25.0)]),
    # (a 'when' clause after the second date tells the same step: no split)
    ("Ecuadorian goods paid a 10% US tariff from April 5, 2025, and 15% from August 7, 2025, when Washington set "
     "higher rates for dozens of partners.", [("impose", [], "2025-04-05", 10.0), ("impose", [], "2025-08-07", None)]),
])
def test_levels_told_after_one_verb_and_a_tariff_brought_back(extract, text, expected):
    found = extract("Intro.\n\n" + text, None)
    assert [(m.action, m.products, m.announced, m.rate.value if m.rate else None) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # goods added 'to the Section 232 tariff': a name may come between 'to' and the duty
    ("The US Commerce Department on Monday published a notice adding 37 categories of truck parts to the Section "
     "232 tariff, so that air-brake assemblies will pay 25% from the start of next month.",
     [("US", "impose", ["auto parts", "brakes"], "2026-05-18", "2026-06-01")]),
])
def test_truck_tariff_widened_and_its_start_put_back(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-05-19")
    assert [(m.imposer, m.action, m.products, m.announced, m.effective) for m in found] == expected


def test_a_start_put_back_is_a_postponement(extract):
    # 'that start was then put back to 1 November': the start of the measure told, moved
    found = extract("Intro.\n\nA US proclamation signed on 17 October 2025 put a 25% tariff on imported trucks from "
                    "1 November 2025. The White House had first said on 25 September 2025 that the truck duty would start on "
                    "1 October; "
                    "that start was then put back to 1 November.", "2026-05-19")
    assert [(m.action, m.products, m.expires) for m in found if m.action == "postpone"] == [
        ("postpone", ["trucks"], "2025-11-01")]


@pytest.mark.parametrize("text, expected", [
    # 'rises to 35% on ..., from 25% since ...': the old level is a step of its own, since that date
    ("Brazil's import tariff on battery-electric cars rises to 35% on 2026-07-01, from 25% since 2025-07-01.",
     [("BR", "raise", ["electric vehicles"], None, "2026-07-01", 35.0),
      ("BR", "raise", ["electric vehicles"], "2025-07-01", "2025-07-01", 25.0)]),
    # a status after a list of goods and rates dates each of them
    ("Medium and heavy trucks have paid a 25% US tariff, and buses 10%, in force since 2025-11-01.",
     [("US", "impose", ["trucks"], "2025-11-01", "2025-11-01", 25.0),
      ("US", "impose", ["buses"], "2025-11-01", "2025-11-01", 10.0)]),
    # a proposal's own verb tells no step
    ("A bill introduced in the US Senate last month would exempt electric school buses from the bus tariff.", []),
])
def test_old_levels_statuses_and_bills(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-05-08")
    assert [(m.imposer, m.action, m.products, m.announced, m.effective, m.rate.value if m.rate else None)
            for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # goods that pay a rate since a day: a duty on them, no measure named
    ("Medium-duty trucks from our Saltillo plant have paid 25% since November on their non-US content.",
     ("US", "import_tariff", "impose", ["trucks"], "2025-11", 25.0)),
    # the government a sentence with no step opens on acts in the next
    ("In Mexico, the picture changed in January. Cars we bring in from our Chinese joint-venture partner now pay "
     "50% since January instead of 20%.", ("MX", "import_tariff", "raise", ["cars"], "2026-01", 50.0)),
    # (no goods paying: no step)
    ("Our customers have paid 25% since November.", None),
    # a country's goods or makers pay; a since-date may open the sentence, an aside may come between
    ("Washington doubled its steel tariffs. Since June last year Turkish steel, like steel from most other origins, "
     "has paid 50% again.", ("US", "import_tariff", "impose", ["steel"], "2025-06", 50.0)),
    ("Washington struck a deal with New Delhi. Indian goods have paid 18 percent since February, down from 50 percent.",
     ("US", "import_tariff", "reduce", [], "2026-02", 18.0)),
    ("Washington set lower rates for allies. Japan's carmakers, by comparison, have paid 12.5 per cent since September.",
     ("US", "import_tariff", "impose", [], "2025-09", 12.5)),
    # (an aside on the old rate leaves the since-date to the rate paid)
    ("Washington raised duties on Chinese medical goods. Certain face masks and respirators now pay 25 per cent, up "
     "from 7.5 per cent, since September 27, 2024.",
     ("US", "import_tariff", "raise", ["face masks", "respirators"], "2024-09-27", 25.0)),
    # (paying more for goods is a price)
    ("Washington set lower rates for allies. Japanese carmakers have paid 12% more for steel since September.", None),
    # 'brought our European-built cars down to 15%': the goods' rate moved
    ("Since the US put 25% on imported cars in April last year, we have moved plants. The EU-US framework brought "
     "our European-built cars down to 15% from August 1 last year.",
     ("US", "import_tariff", "reduce", ["cars"], "2025-08-01", 15.0)),
    # 'And in Brazil, ... goes to 35% on 1 August, from 25% today': the day may come between the levels
    ("Since the US put 25% on imported cars in April last year, we have moved plants. And in Brazil, the import "
     "duty on electric cars goes to 35% on 1 August, from 25% today.",
     ("BR", "import_tariff", "raise", ["electric vehicles"], None, 35.0)),
])
def test_rates_paid_and_moved_on_goods(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-05-06")
    last = [(m.imposer, m.type, m.action, m.products, m.announced, m.rate.value if m.rate else None) for m in found][-1:]
    assert last == ([expected] if expected else [])


@pytest.mark.parametrize("text, expected", [
    # 'set aside' a tariff suspends it; a quota set aside is opened; a court's dismissal of a request tells no step
    ("China set aside the 100 per cent tariffs on Canadian canola meal from March 1.",
     [("import_tariff", "suspend")]),
    ("Indonesia has set aside a 50,000 t import quota for Brazilian beef, starting 1 October.", [("quota", "impose")]),
    ("The government has set aside EUR 130 million in loans for exporters.", []),
    ("And in Pretoria, the High Court yesterday dismissed an application by poultry importers to set aside the "
     "anti-dumping duties on Brazilian chicken.", []),
])
def test_set_aside(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-03-02")
    assert [(m.type, m.action) for m in found] == expected


def test_a_live_blog_entry_label_names_its_government(extract):
    # '11:05 - Thailand: production deadline moved': the entry's steps are that government's
    found = extract("Intro.\n\n12:10 - Recap: Beijing's 2018 cut\n\nChina cut the duty on imported cars to 15% from 25% "
                    "from 1 July 2018.\n\n11:05 - Thailand: production deadline moved\n\nThe scheme's import-duty cut of "
                    "up to 40% on fully built EVs ran from January 2024 until the end of 2025.", "2026-05-21")
    assert [(m.imposer, m.action, m.products) for m in found] == [
        ("CN", "reduce", ["cars"]), ("TH", "reduce", ["electric vehicles"])]


def test_steps_of_decisions_published_on_a_day_are_announced_then(extract):
    # 'Two Presidential Decisions ... were published in the Official Gazette of 14/05/2026. The first raises ...
    # The second imposes ...': each step is announced the day its decision was published
    found = extract("Ministry of Trade weekly press briefing, Ankara\n\nTwo Presidential Decisions on motor vehicles were published in the Official Gazette of "
                    "14/05/2026, this morning's edition.\n\nThe first raises the additional customs duty on passenger "
                    "cars originating in China from 40% to 50%, and the new rates apply from this Sunday.\n\nThe second "
                    "imposes a provisional safeguard duty of 20% on motorcycles, for 200 days from this Sunday.",
                    "2026-05-14")
    assert [(m.action, m.products, m.announced, m.effective) for m in found] == [
        ("raise", ["cars"], "2026-05-14", "2026-05-17"), ("impose", ["motorcycles"], "2026-05-14", "2026-05-17")]


@pytest.mark.parametrize("text, expected", [
    # 'announced on 6 May definitive duties ..., on top of provisional duties that had applied from January':
    # the announced duties are a step; the relative clause's duties another, on the same goods
    ("The European Commission announced on 6 May definitive anti-dumping duties of up to 58.7 per cent on Chinese "
     "car tyres, for five years, on top of provisional duties that had applied from January.",
     [("impose", ["tyres"], "2026-05-06"), ("impose", ["tyres"], "2026-01")]),
    # 'is supposed to fall': a plan
    ("When it comes into force, India's duty on British-built cars is supposed to fall to 10 per cent.", []),
    # 'and on major automobile parts on May 3, 2025': a dated second object after an adjective
    ("The United States imposed an additional tariff of 25% on imported cars on April 3, 2025 and on major "
     "automobile parts on May 3, 2025.",
     [("impose", ["cars"], "2025-04-03"), ("impose", ["auto parts"], "2025-05-03")]),
])
def test_announced_duties_plans_and_second_objects(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-05-22")
    assert [(m.action, m.products, m.announced) for m in found] == expected


def test_heavy_duty_is_no_duty(nlp):
    doc = nlp("tariffs on medium- and heavy-duty truck parts")
    assert [e.label_ for e in doc.ents if e.text == "duty"] == []


@pytest.mark.parametrize("text, expected", [
    # 'U.S.-built vehicles': the hyphen after an abbreviation splits, so the US is the goods' origin
    ("Canada's 25% counter-tariffs on U.S.-built vehicles took effect on 9 April 2025.", [("CA", ["US"], "impose")]),
    # what is asked for in a 'that ... be' clause is no step; what is ordered is
    ("The Federation has written to the Minister asking that remission be extended to vehicles in dealer inventory, "
     "and that the counter-tariff be dropped on U.S.-built vehicles with at least 60% North American content.", []),
    ("A Mexican decree published on 31 December 2020 ordered that imports of glyphosate be banned from 31 January "
     "2024.", [("MX", [], "impose")]),
])
def test_made_in_abbreviations_and_requested_subjunctives(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-05-15")
    assert [(m.imposer, m.targets, m.action) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # exclusions extended are the tariff's relief prolonged; ', then to ... and then to ...' are steps of their own
    ("USTR extended 14 exclusions on surgical drapes to 31 May 2025, then to 31 August and then to 29 November 2025.",
     ["2025-05-31", "2025-08-31", "2025-11-29"]),
    # 'pushed the expiry of ... to': the end moved later
    ("USTR pushed the expiry of 14 exclusions on surgical drapes to 31 May 2025.", ["2025-05-31"]),
])
def test_exclusions_extended_step_by_step(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-04-14")
    assert [(m.imposer, m.type, m.action) for m in found] == [("US", "import_tariff", "extend")] * len(expected)
    assert [m.expires for m in found] == expected


def test_duties_announced_with_a_status_in_a_relative_clause(extract):
    # 'announced on 31 March definitive duties ... from China, which have been in force since last Thursday'
    found = extract("Intro.\n\nThe European Commission announced on 31 March definitive anti-dumping duties of up to "
                    "71.4% on single-use syringes from China, which have been in force since last Thursday.",
                    "2026-04-14")
    assert [(m.imposer, m.targets, m.action, m.announced) for m in found] == [("EU", ["CN"], "impose", "2026-03-31")]


@pytest.mark.parametrize("text, expected", [
    # 'from America, where the tariff ... jumped': the place the 'where' clause opens on owns the step
    ("Officials say nearly 1.4 million pouches were seized at the Malaysian border crossings. The demand is coming "
     "from America, where the tariff on Chinese medical gloves jumped to 50 per cent on the first of January.",
     [("US", "import_tariff", "raise", ["medical gloves"])]),
    # '..., and last week India imposed ...': a clause with a subject of its own leaves the first measure announced
    ("This month Washington announced a 25 per cent tariff on patented medicines, effective 1 June, and last week "
     "India imposed anti-dumping duties on para-aminophenol from China.",
     [("US", "import_tariff", "impose", ["medicines"]), ("IN", "import_tariff", "impose", ["para-aminophenol"])]),
    # 'made exports of ... subject to authorisation': whoever makes them so imposes the licence
    ("On 29 January 2021 the European Commission made exports of COVID-19 vaccines subject to authorisation until "
     "the end of March.", [("EU", "export_control", "impose", ["vaccines"])]),
    # 'have come in tariff-free since': the tariff lifted that day ('within quotas': a quota opened)
    ("Australia's 5% tariff on most imported cars is unchanged, and British-built cars have come in tariff-free "
     "since 31 May 2023.", [("AU", "import_tariff", "lift", ["cars"])]),
    ("In South Korea, bananas, pineapples and mangoes have entered duty-free within quotas since Jan. 1, 2024.",
     [("KR", "quota", "impose", ["bananas", "pineapples", "mangoes"])]),
    # 'HBM shipped to China': a licence on goods sent out is an export control ('a circular sent to banks' is none)
    ("The Commerce Department published a rule that tightens the licence requirement for HBM shipped to China "
     "from April 10.", [("US", "export_control", "tighten", ["high-bandwidth memory"])]),
])
def test_where_clauses_second_subjects_and_goods_sent_out(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-04-13")
    assert [(m.imposer, m.type, m.action, m.products) for m in found] == expected


def test_a_government_reporting_its_own_step_after_and(extract):
    # ', and Japan said last Friday that its own tighter controls ... take effect next month': Japan's
    # step, announced the day it said so
    found = extract("Intro.\n\nThe Netherlands on Tuesday widened its national licence requirement to some deposition "
                    "and metrology tools, and Japan said last Friday that its own tighter controls on chipmaking gear "
                    "take effect next month.", "2026-03-12")
    assert [(m.imposer, m.announced, m.effective) for m in found] == [
        ("NL", "2026-03-10", "2026-03-10"), ("JP", "2026-03-06", "2026-04")]


def test_a_year_less_month_continues_an_old_chronicle(extract):
    # 'On 29 January 2021 ... In March it extended the mechanism to the end of June': March 2021, not
    # the March before a 2026 story
    found = extract("Intro.\n\nOn 29 January 2021 the European Commission made exports of COVID-19 vaccines subject "
                    "to authorisation until the end of March. In March it extended the mechanism to the end of June.",
                    "2026-04-13")
    assert [(m.action, m.announced, m.expires) for m in found] == [
        ("impose", "2021-01-29", "2021-03-31"), ("extend", "2021-03", "2021-06-30")]


def test_an_authority_named_in_full_acts_under_a_country_heading(extract):
    # 'First: Brazil' heads the decisions on Brazil; 'The Authority' is the body named in full above,
    # the region's country is the target, and 'effective from the date of this announcement' is its day;
    # a suspension that 'remains in force' and a request to reconsider one are no steps
    text = ("Saudi Food and Drug Authority\nAnnouncement on Imports of Poultry\n\n"
            "The Saudi Food and Drug Authority announces the following decisions.\n\nFirst: Brazil\n\n"
            "1. The Authority has decided to lift the temporary suspension of imports of poultry meat from the State "
            "of Rio Grande do Sul in the Federative Republic of Brazil. The lifting takes effect from 16/06/2026.\n\n"
            "Second: the Netherlands\n\n"
            "2. The Authority has decided to impose a temporary suspension of imports of poultry meat from the "
            "Province of Gelderland in the Kingdom of the Netherlands, effective from the date of this announcement.\n\n"
            "Fourth: general provisions\n\n3. The Authority reminds importers that the suspension of imports of "
            "poultry meat from the countries listed in its previous announcements remains in force.\n\n"
            "4. Requests from importers to reconsider the suspension on other regions will be studied.")
    found = extract(text, "2026-06-07")
    assert [(m.imposer, m.targets, m.action, m.announced, m.effective) for m in found] == [
        ("SA", ["BR"], "lift", None, "2026-06-16"), ("SA", ["NL"], "impose", "2026-06-07", "2026-06-07")]
    standing = text.index("3. The Authority reminds")
    assert not [e for m in found for e in m.evidence if e.start >= standing]


@pytest.mark.parametrize("text, expected", [
    # 'To India next.' turns the bulletin to India; 'the finance ministry' is not Turkey's trade ministry
    ("VILKAS: To India next. The finance ministry on Friday notified cuts in import duty on American almonds to "
     "zero from the first of July. Turkey's trade ministry said it would open a duty-free quota for beef.",
     [("IN", "import_tariff", "reduce"), ("TR", "quota", "impose")]),
    # 'accepted price undertakings': makers spared the duty
    ("Last Monday Beijing accepted price undertakings from eleven more European brandy makers, with effect from "
     "last Wednesday.", [("CN", "import_tariff", "lift")]),
    # a government's measure, past an aside, in force from a day
    ("China's safeguard, country quotas with an extra 55 per cent above them, has been in force from the first "
     "of January.", [("CN", "quota", "impose")]),
    # 'until India dropped them in September 2023': a government's past verb after 'until' is a step
    ("Those goods had carried Indian retaliatory duties from June 2019 until India dropped them in September 2023.",
     [("IN", "import_tariff", "impose"), ("IN", "import_tariff", "lift")]),
])
def test_bulletin_turns_undertakings_and_standing_measures(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-06-15")
    assert [(m.imposer, m.type, m.action) for m in found] == expected


def test_a_second_step_after_and_is_split_before_a_while_clause(extract):
    # ', while accepting price undertakings': a clause of its own, so 'and final duties ... from July 5,
    # 2025' stays a step of its own
    found = extract("Intro.\n\nChina imposed provisional anti-dumping deposits of up to 39% on European brandy in "
                    "October 2024 and final duties of up to 34.9% from July 5, 2025, while accepting price "
                    "undertakings from most of the big cognac houses.", "2026-07-15")
    assert [(m.action, m.effective, m.rate.value if m.rate else None) for m in found] == [
        ("impose", "2024-10", 39.0), ("impose", "2025-07-05", 34.9), ("lift", None, None)]


@pytest.mark.parametrize("text, expected", [
    # 'removed its duties ..., which had run at 116.2 to 218.4 per cent': removal, and a range, raise nothing
    ("China removed its anti-dumping duties on Australian bottled wine with effect from 29 March 2024, a day after "
     "the ministry announced the end of the measures, which had run at 116.2 to 218.4 per cent since March 2021.",
     [("CN", "import_tariff", "lift", "2024-03-29")]),
    # a duty paid 'entering the United States' is the US's; 'up from the 10 per cent baseline' raised it
    ("European wine has paid a 15 per cent duty entering the United States since August 2025, up from the 10 per "
     "cent baseline.", [("US", "import_tariff", "raise", "2025-08")]),
    # 'stepped down to 21.6 per cent': a rate cut ('chilled and frozen beef' names goods, no freeze)
    ("Japan's tariff on Australian chilled and frozen beef stepped down to 21.6 per cent from 22.5 per cent on "
     "1 April 2026.", [("JP", "import_tariff", "reduce", "2026-04-01")]),
    # ', up from the scheduled 8.0 per cent,' is an aside between the subject and its verb
    ("Seoul said the safeguard tariff of 24.0 per cent, up from the scheduled 8.0 per cent, applies from 14 June "
     "until 31 December.", [("KR", "import_tariff", "impose", "2026-06-14")]),
    # 'kept the tariff on pork at 15 percent ... until the end of 2028': a level kept to an end is extended
    ("The Philippines kept the tariff on pork at 15 percent within the minimum access volume until the end of "
     "2028.", [("PH", "import_tariff", "extend", None)]),
    # what posts claim is no step
    ("Some posts claim that China agreed last month to scrap the cheese tariffs.", []),
])
def test_removals_levels_entered_and_kept(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-06-12")
    assert [(m.imposer, m.type, m.action, m.effective) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # travellers who 'may not bring in' goods, or 'will no longer be allowed to bring' them, face a ban
    ("Since last April, travellers arriving in Great Britain from EU countries may not bring in pork or cheese.",
     [("GB", "import_ban", "impose", ["pork", "cheese"])]),
    ("Travellers entering Canada will no longer be allowed to bring raw poultry or eggs from US states.",
     [("CA", "import_ban", "impose", ["poultry", "eggs"])]),
    # 'by car' is how one travels, no goods
    ("Arriving at Dover by car, travellers may not bring in cheese under the rule for Great Britain.",
     [("GB", "import_ban", "impose", ["cheese"])]),
])
def test_what_travellers_may_not_bring_in(extract, text, expected):
    found = extract("Intro.\n\n" + text)
    assert [(m.imposer, m.type, m.action, m.products) for m in found] == expected


def test_the_end_of_a_month_next_year_is_one_date(extract):
    # 'until the end of March next year': one end, not 'the end of March' and a 'next year' that
    # dates the suspension itself
    found = extract("Intro.\n\nChina cut the duty on canola seed to 15 per cent from March 1, and suspended the "
                    "tariffs on canola meal from the same day until the end of March next year.", "2026-06-13")
    assert [(m.action, m.effective, m.expires) for m in found] == [
        ("reduce", "2026-03-01", None), ("suspend", "2026-03-01", "2027-03-31")]


@pytest.mark.parametrize("text, expected", [
    # a duty charged in roubles is Russia's, whatever country the story opened on ('Rs' is used by several)
    ("Turkey on Saturday opened a duty-free quota for wheat imports. From October 21, the export duty on wheat "
     "will amount to 512.4 rubles per ton against 618.9 rubles per ton a week earlier, the Ministry of Agriculture "
     "reported on Friday.", [("TR", "quota"), ("RU", "export_duty")]),
    # 'In China, ..., customs suspended imports': the place the sentence opens on
    ("The EU raised its duties on shrimp in March. In China, Ecuador's largest market, customs suspended imports "
     "from three Ecuadorian packers in July 2020.", [("EU", "import_tariff"), ("CN", "import_ban")]),
    # what allows the government to act takes no step itself
    ("South Korea uses quota tariffs. Quota tariffs allow the government to cut tariffs by up to 40 percentage "
     "points for a certain volume of imports.", []),
])
def test_money_places_and_powers(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-10-20")
    assert [(m.imposer, m.type) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # 'Start with Ukraine.': a column's turn names the government of the law told next
    ("Brussels has long complained about such duties.\n\nStart with Ukraine. The law signed in early September "
     "and in force since 4 September put a 10% duty on exports of soybeans and rapeseed.", ["UA"]),
    # 'And then there is Russia, which prefers bans.': so does an existential turn, up to its comma
    ("Kazakhstan cut its export duty on sunflower seeds in November. And then there is Russia, which prefers bans. "
     "On Friday the government extended its ban on rapeseed exports until 31 August 2026.", ["KZ", "RU"]),
])
def test_a_column_turning_to_a_government(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-01-12")
    assert [m.imposer for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # 'Dar es Salaam' names Tanzania's government, as 'Nairobi' names Kenya's
    ("Dar es Salaam hit back the same year by charging a 25 per cent duty on cigarettes made in Kenya.",
     [("TZ", "import_tariff", "impose")]),
    # 'lifted its suspension of import permits': without permits no trade, so a ban is lifted
    ("Costa Rica lifted its suspension of import permits for Panamanian products on Wednesday.",
     [("CR", "import_ban", "lift")]),
])
def test_commercial_capitals_and_suspended_permits(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2019-07-12")
    assert [(m.imposer, m.type, m.action) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # ', and it lifted that ban': the pronoun heads its own clause and stands for the government
    # named as subject before, not for the 'U.S.' of 'the first U.S. case'
    ("Months later, in December 2003, Japan banned American beef altogether after the first U.S. case of mad cow "
     "disease, and it lifted that ban in December 2005.", [("JP", "impose"), ("JP", "lift")]),
])
def test_a_pronoun_heading_a_clause_after_and(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2017-07-28")
    assert [(m.imposer, m.action) for m in found] == expected


def test_duties_lodged_as_cash_deposits(extract):
    # 'had to be lodged as cash deposits from 11 October 2024': the form the duties announced on
    # 8 October took, from their start
    found = extract("Intro.\n\nChina opened the case in January. Provisional duties of up to 39 per cent on European "
                    "brandy, announced on 8 October 2024, had to be lodged as cash deposits from 11 October 2024.",
                    "2026-06-09")
    assert [(m.imposer, m.action, m.announced, m.effective) for m in found] == [
        ("CN", "impose", "2024-10-08", "2024-10-11")]


def test_a_cut_to_zero_and_another_to_a_rate_are_two_steps(extract):
    # 'on almonds and walnuts to zero, and on apples to 25 per cent': each group its own level
    found = extract("Intro.\n\nIndia's finance ministry on Friday notified cuts in import duty on American almonds "
                    "and walnuts to zero, and on apples to 25 per cent from 50 per cent, from the first of July.",
                    "2026-06-15")
    assert [(m.products, m.rate.value if m.rate else None) for m in found] == [
        (["almonds", "walnuts"], 0), (["apples"], 25)]


@pytest.mark.parametrize("text, expected", [
    # 'and on parts in May': a bare 'parts' after cars are their parts, a step of their own with
    # the rate told before them
    ("Since the US put 25% on imported cars in April last year and on parts in May, we have been rebuilding.",
     [("US", ["cars"], "2025-04", 25.0), ("US", ["auto parts"], "2025-05", 25.0)]),
    # 'British ones included' says which cars, not who acts; 'they already paid' is what the cars
    # bore, so 'parts followed' stays Washington's step
    ("Last spring Washington put an extra 25 per cent on imported cars, British ones included, from 3 April 2025, "
     "on top of the 2.5 per cent they already paid, and parts followed on 3 May.",
     [("US", ["cars"], "2025-04-03", 25.0), ("US", ["auto parts"], "2025-05-03", None)]),
    # 'trucks and their parts': the parts named after the trucks are covered too
    ("Washington put a 25% tariff on imported heavy trucks and their parts from 1 November 2025.",
     [("US", ["auto parts", "trucks"], "2025-11-01", 25.0)]),
])
def test_parts_named_after_their_goods(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-05-20")
    assert [(m.imposer, sorted(m.products), m.effective, m.rate.value if m.rate else None) for m in found] == expected


@pytest.mark.parametrize("text", [
    "Centre Bans Import Of Foreign Drones With Immediate Effect, Components Still Allowed",
    "India banned imports of cars made in parts of Asia from 1 March 2026.",
])
def test_parts_that_name_no_goods(extract, text):
    found = extract("Intro.\n\n" + text, "2026-05-20")
    assert all("parts" not in " ".join(m.products) for m in found)


@pytest.mark.parametrize("text, published, expected", [
    # ', in force from March 10, 2025, was lifted from November 10': the aside dates the duty's start
    ("China's 15 per cent retaliatory duty on American cotton, in force from March 10, 2025, was lifted from "
     "November 10 along with its other farm tariffs.", "2026-02-07",
     [("CN", "import_tariff", "impose", "2025-03-10"), ("CN", "import_tariff", "lift", "2025-11-10")]),
    # a status told of the decree dates the decree's own steps; it is no measure of its own
    ("Mexico's temporary Decree published in the DOF on 19/12/2024 and in force from 20/12/2024 raised the import "
     "duty on garments to 35%.", "2026-02-07", [("MX", "import_tariff", "raise", "2024-12-20")]),
    # 'The Union Budget on Sunday exempted raw cotton': India's budget acts for its government
    ("Mills had asked for relief for months. The Union Budget on Sunday exempted raw cotton from the 11 per cent "
     "import duty from Monday, February 2, until April 30, 2026.", "2026-02-07",
     [("IN", "import_tariff", "suspend", "2026-02-02")]),
    # 'quality-control orders' spelled with a hyphen are the orders all the same
    ("In November, the government of India revoked the quality-control orders on polyester staple fibre.",
     "2026-02-07", [("IN", "other", "lift", "2025-11")]),
    # a long subject a reduced relative makes, under a numbered heading on one government's duties,
    # in force 'on the date of publication' of the decision told in the sentence
    ("2. Additional customs duties in Turkiye\n\nWith Presidential Decision No. 10827 published in the Official "
     "Gazette dated 31.01.2026, the additional customs duty applied to imports of polyester filament yarn from "
     "countries with which Turkiye has no free trade agreement was raised from 10% to 20%, effective on the date of "
     "publication.", "2026-02-09", [("TR", "import_tariff", "raise", "2026-01-31")]),
    # 'Q1. Is the US $800 de minimis really gone?' ... 'it ended in May 2025': past a fronted phrase,
    # the pronoun is the exemption asked about, and its end is a duty imposed
    ("Q1. Is the US $800 de minimis really gone?\n\nYes. For parcels from mainland China and Hong Kong it ended in "
     "May 2025.", None, [("US", "import_tariff", "impose", "2025-05")]),
    # 'Q7. South Africa?': a numbered question names the government its answer is about; SARS is its customs
    ("Q6. Brazil?\n\nBrazil's 20% tax on small purchases has applied since 1 August 2024.\n\nQ7. South Africa?\n\nFrom 1 "
     "September 2024 the customs service stopped applying the flat 20% rate to clothing in low-value parcels and now "
     "charges 45% duty.", None,
     [("BR", "import_tariff", "impose", "2024-08-01"), ("ZA", "import_tariff", "impose", "2024-09-01")]),
    # 'closed all of its land ports ... to imports of our ready-made garments': ports shut to goods are a ban
    ("On 17 May 2025, India closed all of its land ports on the Bangladesh border to imports of our ready-made "
     "garments.", "2026-02-15", [("IN", "import_ban", "impose", "2025-05-17")]),
    # 'will reopen those land ports to yarn imports for three months': the ban eased for a time
    ("In April 2025 Bangladesh's NBR stopped imports of yarn from India through its land ports. By an order issued on "
     "Thursday, the NBR will reopen those land ports to yarn imports for three months from the start of next month.",
     "2026-02-15", [("BD", "import_ban", "impose", "2025-04"), ("BD", "import_ban", "suspend", "2026-03-01")]),
    # 'will enter the United States free of the reciprocal tariff': goods let in free from then
    ("Under the deal the US tariff on Bangladeshi goods falls to 19 per cent. Garments made with US-grown cotton will "
     "enter the United States free of the reciprocal tariff.", "2026-02-15",
     [("US", "import_tariff", "reduce", None), ("US", "import_tariff", "lift", None)]),
])
def test_instruments_faq_answers_and_ports(extract, text, published, expected):
    found = extract("Intro.\n\n" + text, published)
    assert [(m.imposer, m.type, m.action, m.effective) for m in found] == expected


def test_the_measures_are_the_measure_their_sentence_named(extract):
    # ('... has carried anti-dumping duties since 2019: ..., and the measures were renewed'): the
    # duties, not the quotas the sentence before extended
    found = extract("Intro.\n\nRussia itself limits exports: it extended its quotas on nitrogen fertilisers to May. "
                    "Liquid UAN from Russia and the United States has carried anti-dumping duties since 2019: "
                    "provisional duties applied from April 2019, definitive duties for five years from October 2019, "
                    "and the measures were renewed last year for another five years.", "2026-03-01")
    assert [(m.type, m.duration) for m in found if m.action == "extend"] == [("quota", None), ("import_tariff", "P5Y")]


def test_a_fronted_start_dates_only_the_verb_of_its_own_clause(extract):
    found = extract("Intro.\n\nFrom 25 August 2025 we temporarily stopped accepting parcels for the US, because the "
                    "new rules required a qualified party to collect and pay the duty.", "2025-09-10")
    assert [m.effective for m in found if m.effective == "2025-08-25"] == []


@pytest.mark.parametrize("text, published, expected", [
    # 'the same 2005 orders' began in 2005; the revocation told after it was in August 2007
    ("Ecuador was covered by the same 2005 anti-dumping orders on shrimp until Washington revoked its order in "
     "August 2007.", "2026-07-01", [("US", "lift", "2007-08")]),
    # ('as a 2015 sanitary protocol requires' after the day the step was told)
    ("Shipments to China were suspended on Feb. 23, the day after the case was confirmed, as a 2015 sanitary "
     "protocol between the two countries requires.", "2023-03-24", [("CN", "impose", "2023-02-23")]),
])
def test_a_year_that_qualifies_a_noun_dates_no_step(extract, text, published, expected):
    found = extract("Intro.\n\n" + text, published)
    assert [(m.imposer, m.action, m.announced) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # a long subject ('the import duty on yarns and woven fabrics of ... originating in countries with which
    # Mexico has no trade agreement rose'), and a second step told by ', and the duty on ... rose'
    ("On 29/12/2025 Mexico's import duty on yarns and woven fabrics of cotton and of synthetic and artificial fibres "
     "(Chapters 52, 54 and 55) originating in countries with which Mexico has no trade agreement rose from 15% to 25%, "
     "and the duty on footwear from those countries rose to 35%.",
     [("MX", ["fabrics", "yarn"], 25.0), ("MX", ["footwear"], 35.0)]),
    # the countries the goods come from are no government acting, 'the European Union' among them
    ("- Definitive anti-dumping duties of 3.8% to 74.9% on POM copolymers from the United States, the European "
     "Union, Japan and Taiwan apply from 19 May 2025 for five years, China's commerce ministry said.",
     [("CN", [], 3.8)]),
])
def test_long_subjects_and_the_origins_of_goods(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-02-03")
    assert [(m.imposer, sorted(p for p in m.products if p != "cotton"), m.rate.value) for m in found] == expected


@pytest.mark.parametrize("lead", [
    "",
    # 'A letter ... in July threatened 35 percent, before Washington cut the rate to 20 percent from Aug. 7':
    # the cut's own rate and start
    "Washington imposed a 37 percent reciprocal tariff on Bangladesh in April. A letter from the White House in July "
    "threatened 35 percent, before ",
])
def test_a_countrys_rate_in_a_while_clause_and_a_threat_before_the_step(extract, lead):
    # "..., while Sri Lanka's rate was cut to 20 percent from 44 percent": the rate Sri Lanka pays, set by
    # the government the story has had setting rates, a step of its own; 'Vietnam has paid' heads another
    # clause; a threat before the cut lends it neither date nor rate
    cut = "Washington cut " + ("the rate" if lead else "its reciprocal tariff on Bangladesh")
    found = extract("Intro.\n\n" + lead + cut + " to 20 percent from Aug. 7 last year. Vietnam has paid 20 percent "
                    "since then, while Sri Lanka's rate was cut to 20 percent from 44 percent.", "2026-02-10")
    assert [(m.imposer, m.targets, m.action, m.rate.value) for m in found][-1] == ("US", ["LK"], "reduce", 20.0)
    assert [(m.imposer, m.targets, m.action, m.announced, m.rate.value) for m in found if m.action == "reduce"] == [
        ("US", ["BD"], "reduce", "2025-08-07", 20.0), ("US", ["LK"], "reduce", None, 20.0)]


def test_a_measure_that_applied_for_a_time_from_a_day(extract):
    # 'applied for three years from 9 November 2019 and was extended once, until 8 November 2025'
    found = extract("Intro.\n\nIndonesia put a safeguard duty on woven fabrics this week. The first safeguard on these "
                    "fabrics applied for three years from 9 November 2019 and was extended once, until 8 November 2025.",
                    "2026-01-30")
    assert [(m.action, m.effective, m.expires) for m in found][1:] == [
        ("impose", "2019-11-09", None), ("extend", None, "2025-11-08")]


def test_a_lapse_told_after_an_end_comes_after_it(extract):
    # '..., extended in June until the end of 2021, lapsed on 1 January', told in February 2022
    found = extract("Intro.\n\nOn trade, one irritant has gone: Yerevan's ban on imports of Turkish goods, imposed for six "
                    "months from 31 December 2020 and extended in June until the end of 2021, lapsed on 1 January.",
                    "2022-02-11")
    assert [(m.action, m.effective) for m in found if m.action == "lift"] == [("lift", "2022-01-01")]


def test_two_verbs_of_one_ban_on_one_day_are_one_step(extract):
    # 'restricted imports of garments to two seaports and shut land ports to furniture and cotton yarn'
    found = extract("Intro.\n\nOn May 17, India's DGFT restricted imports of ready-made garments from Bangladesh to two "
                    "seaports and shut land ports in the north-east to Bangladeshi plastics, furniture and cotton yarn.",
                    "2025-06-20")
    assert [(m.imposer, m.type, m.action, m.effective, len(m.products) >= 3) for m in found] == [
        ("IN", "import_ban", "impose", "2025-05-17", True)]


def test_goods_that_also_reach_the_level_of_a_duty_just_raised(extract):
    # 'Plug-in hybrids also reach 35% on that date': the duty on them rises to that level then
    found = extract("Intro.\n\nBrazil's import tariff on battery-electric cars rises to 35% on 2026-07-01. Plug-in hybrids "
                    "also reach 35% on that date.", "2026-05-01")
    assert [(m.imposer, m.action, m.products, m.effective, m.rate.value) for m in found] == [
        ("BR", "raise", ["electric vehicles"], "2026-07-01", 35.0), ("BR", "raise", ["hybrid vehicles"], "2026-07-01", 35.0)]


def test_goods_dropped_from_a_licence_list_and_the_licence_kept_for_the_rest(extract):
    # 'dropped gloves and gowns from the list and kept the licence for masks and visors for 30 more days
    # from 26 April': a lift for some goods, an extension for the others, in the chronicle's year
    found = extract("Intro.\n\nOn 14 March 2020 Brussels made exports of masks, visors, gloves and gowns subject to a "
                    "licence for six weeks. When the six weeks were up, a second regulation dropped gloves and gowns from "
                    "the list and kept the licence for masks and visors for 30 more days from 26 April.", "2026-04-13")
    assert [(m.action, sorted(m.products), m.effective) for m in found][1:] == [
        ("lift", ["gloves", "protective gowns"], None), ("extend", ["face masks", "face shields"], "2020-04-26")]


def test_goods_an_order_exempted_from_the_tariff_the_sentence_named(extract):
    # '... free of the reciprocal tariff since an executive order of 14 November 2025 exempted beef ..., with
    # effect backdated to 13 November': relief from that tariff, decided and in force on those days
    found = extract("Intro.\n\nAustralian beef has entered the United States free of the reciprocal tariff since an "
                    "executive order of 14 November 2025 exempted beef, together with coffee and bananas, with effect "
                    "backdated to 13 November.", "2026-06-10")
    assert [(m.imposer, m.type, m.action, m.announced, m.effective) for m in found] == [
        ("US", "import_tariff", "suspend", "2025-11-14", "2025-11-13")]


@pytest.mark.parametrize("text, expected", [
    # 'brought the tariff on electric cars back ... at 10%': the tariff imposed again, past a longer object
    ("Brazil brought the tariff on electric cars back in January 2024 at 10%, raised it to 18% in July 2024 and to "
     "25% in July 2025, and the last step, to 35%, takes effect on 01/07/2026.",
     [("impose", "2024-01", 10.0), ("raise", "2024-07", 18.0), ("raise", "2025-07", 25.0), ("raise", "2026-07-01", 35.0)]),
])
def test_a_schedule_of_steps_ending_in_a_named_last_step(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-03-01")
    assert [(m.action, m.effective, m.rate.value) for m in found] == expected


def test_a_window_told_after_two_suspensions_dates_both(extract):
    # 'suspended its ban on ... The checks on graphite were suspended as well. The suspension runs ...
    # until 27 November 2026': the window of both steps; 'The ban, imposed on ...' is the ban's goods
    found = extract("Intro.\n\nChina's Ministry of Commerce on Sunday suspended its ban on exports of gallium and germanium "
                    "to the United States. The stricter end-use checks on graphite bound for US customers were suspended "
                    "as well. The suspension runs from the date of the announcement until 27 November 2026. The ban, "
                    "imposed on 3 December 2024, had shut off direct shipments.", "2025-11-14")
    assert [(m.type, m.action, sorted(m.products), m.effective, m.expires) for m in found] == [
        ("export_ban", "suspend", ["gallium", "germanium"], "2025-11-09", "2026-11-27"),
        ("export_control", "suspend", ["graphite"], "2025-11-09", "2026-11-27"),
        ("export_ban", "impose", ["gallium", "germanium"], "2024-12-03", None)]


def test_moves_named_by_a_noun_are_dated_in_the_past_they_were_told(extract):
    # 'Those increases took effect on Sept. 27': a noun, not 'the duty increases ... on Jan. 1'
    found = extract("Intro.\n\nIn May, Washington raised the levy on Chinese electric vehicles to 100%. Those increases "
                    "took effect on Sept. 27.", "2024-12-11")
    assert [(m.action, m.announced, m.effective) for m in found] == [("raise", "2024-05", "2024-09-27")]


@pytest.mark.parametrize("text, expected", [
    # 'were not continued and lapsed': the negated verb shares the subject; 'on the same date' is the
    # day of the step before; 'because German exports ...' is a reason, not the flow the duty is on
    ("South Africa amended its schedule last Friday, continuing the anti-dumping duties on frozen chips from Belgium "
     "for a further five years. The duties on frozen potato chips from Germany were not continued and lapsed on the "
     "same date, because German exports to South Africa had fallen to negligible volumes.",
     ("ZA", ["DE"], "import", "2026-03-20")),
    # 'The measures on goods exported from Taiwan ... cease to apply from': the importer's measures end
    ("Australia's Anti-Dumping Commission reports. The measures on goods exported from Taiwan were not continued and "
     "cease to apply from 30/03/2026.", ("AU", ["TW"], "import", "2026-03-30")),
])
def test_measures_not_continued_that_lapse(extract, text, expected):
    found = [m for m in extract("Intro.\n\n" + text, "2026-03-27") if m.action == "lift"]
    assert [(m.imposer, m.targets, TYPE_FAMILY[m.type], m.effective) for m in found] == [expected]


def test_a_relative_aside_between_the_duty_and_its_move(extract):
    # ', which we import for our Clinical Essentials segment,': the tariff is the subject past the
    # aside; 'medical and surgical gloves' is one list of goods, two adjectives on one noun
    found = extract("Intro.\n\nThe US tariff on Chinese medical and surgical gloves, which we import for our Clinical "
                    "Essentials segment, increased to 50% on January 1, 2025 and to 100% on January 1, 2026.", "2026-03-17")
    assert [(m.imposer, m.action, m.effective, m.rate.value) for m in found] == [
        ("US", "raise", "2025-01-01", 50.0), ("US", "raise", "2026-01-01", 100.0)]


def test_a_numbered_headline_opening_on_a_government_is_its_items(extract):
    # '3. PARAGUAY PAUSES TOMATO AND PEPPER IMPORT PERMITS' after an Uzbek item: Paraguay's step
    found = extract("Intro.\n\n2. UZBEKISTAN: SUGAR DUTY WAIVER EXTENDED\n\nUzbekistan extended its duty waiver on raw "
                    "sugar imports until the end of the year.\n\n3. PARAGUAY PAUSES TOMATO AND PEPPER IMPORT PERMITS\n\n"
                    "The agriculture ministry will stop issuing import permits for fresh tomatoes from Monday.",
                    "2021-07-16")
    assert [(m.imposer, m.type, m.action) for m in found if "tomatoes" in m.products] == [("PY", "import_ban", "impose")]


@pytest.mark.parametrize("text, expected", [
    # 'The importation of ... was suspended': a halted flow is a ban; the 'Imports and Exports (Control)
    # Act' is a law's name, no second flow
    ("2.1 The importation of motor vehicles was suspended with effect from 20th March 2020 under regulations made "
     "under the Imports and Exports (Control) Act.", [("import_ban", "impose", "2020-03-20", None)]),
    # the halt opening a numbered clause is the subject past its own phrase and an aside
    ("4.1 The suspension on the importation of used motorcycles and used three-wheelers, which was due to end on "
     "31st May 2026, is extended until the end of the year.", [("import_ban", "extend", None, "2026-12-31")]),
    ("5.1 The temporary suspension on the importation of used and retreaded pneumatic tyres, imposed for six months "
     "from 1st March 2026, is lifted with effect from the first day of next month.",
     [("import_ban", "lift", "2026-06-01", None)]),
])
def test_a_notices_clauses_on_suspended_imports(extract, text, expected):
    found = extract("SRI LANKA CUSTOMS\n\n" + text, "2026-05-15")
    assert [(m.type, m.action, m.effective, m.expires) for m in found if m.imposer == "LK"] == expected


def test_a_future_passive_after_and_has_its_own_goods(extract):
    # ', and imports of plastic waste will be prohibited altogether from 1 January 2027': the goods of
    # the passive's own clause
    found = extract("Intro.\n\nMalaysia decided. Under the decision, approved permits (AP) for plastic waste under HS heading "
                    "3915 will from 1 July 2026 be capped at 50 per cent of each recycler's approved processing capacity, and imports of plastic waste "
                    "will be prohibited altogether from 1 January 2027.", "2026-05-14")
    assert [(m.type, m.products, m.effective) for m in found] == [
        ("quota", ["plastic waste"], "2026-07-01"), ("import_ban", ["plastic waste"], "2027-01-01")]



@pytest.mark.parametrize("text, expected", [
    # a past 'applied to ... from DATE' with an indefinite measure as subject starts that measure
    ("The US has targeted India. A reciprocal tariff of 25 per cent applied to Indian goods from 7 August 2025.",
     [("US", "impose", "2025-08-07", 25.0)]),
    # a surcharge named by its rate may carry the goods it falls on before its verb
    ("The US has targeted India. The extra 25 per cent on Indian goods over Russian oil kicked in on 27 August 2025.",
     [("US", "impose", "2025-08-27", 25.0)]),
    # guards: what a duty applied to, without a start; a surcharge of prices, not of a duty
    ("The US has targeted India. A tariff of 25 per cent applied to Indian goods would hurt exporters.", []),
    ("The US has targeted India. The extra 25 per cent on Indian prices rose in May.", []),
])
def test_a_duty_applied_from_a_date_and_a_surcharge_on_goods(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-06-15")
    assert [(m.imposer, m.action, m.effective, m.rate.value if m.rate else None) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # a phased ban that comes to apply in full is tightened on that day
    ("The EU banned imports of Russian steel slabs in 2022. The ban applies in full to such slabs from 1 January 2027.",
     [("impose", "2022"), ("tighten", "2027-01-01")]),
    ("The EU has banned Russian primary aluminium since 26 February 2025; the ban has applied in full, without a "
     "transitional quota, since 26 February 2026.",
     [("impose", "2025-02-26"), ("tighten", "2026-02-26")]),
    # guard: a ban that applies from a day, not in full, is no tightening
    ("The EU banned imports of Russian steel slabs in 2022. The ban applies to such slabs from 1 January 2023.",
     [("impose", "2022")]),
])
def test_a_ban_that_applies_in_full_is_tightened(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-06-15")
    assert [(m.action, m.effective) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # 'it' before a rate verb stands for the duty the sentence's step named
    ("Kyiv has had a 10 per cent export duty on soybeans and rapeseed since September 2025, and from 1 July 2026 it "
     "drops to 8 per cent.",
     [("impose", ("soybeans", "rapeseed"), "2025-09", 10.0), ("reduce", ("soybeans", "rapeseed"), "2026-07-01", 8.0)]),
    # (a duty standing since a day, told past an aside, is the step before the pronoun)
    ("So the EU's duty on Russian nitrogen fertiliser, the per-tonne part of it, has been 40 euros a tonne since July "
     "2025, and on 1 July 2026 it jumps from 40 to 80 euros a tonne.",
     [("impose", ("nitrogen fertilisers",), "2025-07", 40.0), ("raise", ("nitrogen fertilisers",), "2026-07-01", 80.0)]),
    # guard: 'it' of a price, not of a duty
    ("Kyiv has had a 10 per cent export duty on soybeans since September 2025, and the price of soybeans has risen "
     "since, and in July it drops to 300 dollars a tonne.",
     [("impose", ("soybeans",), "2025-09", 10.0)]),
])
def test_it_stands_for_the_duty_whose_rate_moves(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-06-15")
    assert [(m.action, tuple(m.products), m.effective, m.rate.value if m.rate else None) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # goods that will pay, face or be charged a rate, no measure named, are put under a duty
    ("China announced counter-tariffs on Tuesday. Crude oil, agricultural machinery and pickup trucks will face an "
     "additional 10 percent.",
     [("impose", ("crude oil", "agricultural machinery", "trucks"), 10.0)]),
    ("The EU adopted tariffs on Russian goods on Monday. Cereals from the two countries will be charged €95 a tonne "
     "from 1 July.",
     [("impose", (), None), ("impose", ("cereals",), 95.0)]),
    # 'ad valorem' between the rate and its duty
    ("The EU adopted tariffs on Russian goods on Monday. Oilseeds will pay a 50 per cent ad valorem duty from 1 July.",
     [("impose", (), None), ("impose", ("oilseeds",), 50.0)]),
    # guards: what a step told before means; one maker's rate beside the others; a price change
    ("The Commerce Department on Monday added 37 categories of truck parts to the Section 232 tariff, so that "
     "diesel engines will pay 25% from 1 June.",
     [("impose", ("auto parts", "engines"), 25.0)]),
    ("The EU set duties on Chinese EVs on Tuesday. The duty will be 27% for BYD, while Tesla's Shanghai-built cars "
     "will pay 17.8%.",
     [("impose", ("electric vehicles",), None)]),
    ("China announced counter-tariffs on Tuesday. Soybeans will face a 15% drop in prices.",
     [("impose", (), None)]),
])
def test_goods_that_will_pay_a_rate(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-06-20")
    assert [(m.action, tuple(m.products), m.rate.value if m.rate else None) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    ("The US has targeted India. A reciprocal tariff of 25 per cent applied to Indian goods from 7 August 2025, and an "
     "Executive Order dated 6 August 2025 added a further 25 per cent, effective 27 August 2025.",
     [("2025-08-07", "2025-08-07"), ("2025-08-06", "2025-08-27")]),
    # guard: an order that is the first clause's own subject keeps its date there
    ("The US has targeted India. An Executive Order dated 6 August 2025 added a further 25 per cent, effective 27 "
     "August 2025.",
     [("2025-08-06", "2025-08-27")]),
])
def test_an_instrument_heading_a_clause_owns_its_date(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-06-20")
    assert [(m.announced, m.effective) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # a future step told after a step decided in the days before the story was decided with it
    ("The EU approved new tariffs on Russian fertilisers on Thursday. Under the text, Russian cereals will pay a 50 "
     "per cent duty from 1 July.",
     [("2026-06-18", "2026-06-18"), ("2026-06-18", "2026-07-01")]),
    # guard: a future step leading the story is its own day's news
    ("Russian cereals will pay a 50 per cent EU duty from 1 July.", [("2026-06-22", "2026-07-01")]),
])
def test_a_future_step_after_dated_news_shares_its_day(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-06-22")
    assert [(m.announced, m.effective) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # a modal whose condition follows the verb reports no step
    ("Norway raised tariffs on cheese in 2012. The opposition Progress Party said it would scrap the new tariffs if it "
     "wins next year's general election.", [("raise", "2012")]),
    ("Looking ahead, Trump has said he would impose tariffs of 60% or more on all Chinese goods if he returns to the "
     "White House.", []),
    # guards: a promise with its own day and no condition; an 'if' in a clause of its own
    ("Norway raised tariffs on cheese in 2012. The government said on Monday it would scrap the tariffs on cheese from "
     "1 July 2026.", [("raise", "2012"), ("lift", "2026-07-01")]),
    ("Norway raised tariffs on cheese in 2012. The government said on Monday it would scrap the tariffs on cheese from "
     "1 July 2026, but it is unclear if prices will fall.", [("raise", "2012"), ("lift", "2026-07-01")]),
])
def test_a_modal_with_a_condition_after_it_is_no_step(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-06-17")
    assert [(m.action, m.effective) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # goods that enter duty-free under a trade agreement, with no day: the agreement's standing terms
    ("South Korea lifted its ban on German pork on Monday. Under the free trade agreement between South Korea and the "
     "European Union, German pork will enter duty-free.", [("import_ban", "lift")]),
    ("China lifted its ban on Australian coal on Monday. Australian coal would in any case enter duty-free under the two "
     "countries' 2015 free trade agreement.", [("import_ban", "lift")]),
    # guards: a day of its own makes it a step; no agreement, a step
    ("South Korea lifted its ban on German pork on Monday. Under the free trade agreement, German pork will enter "
     "duty-free from 1 January 2027.", [("import_ban", "lift"), ("import_tariff", "lift")]),
    ("The UK agreed a deal with the US on Monday. UK aerospace products will come in duty-free.",
     [("import_tariff", "lift")]),
])
def test_duty_free_under_a_trade_agreement_is_no_step(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-06-17")
    assert [(m.type, m.action) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # a verb of easing or raising whose object is a market quantity moves no measure
    ("There was renewed talk this week that Beijing could cut import duties on coal from non-treaty origins to ease "
     "costs for coastal utilities.", []),
    ("Dhaka cut its regulatory duty on imported cotton yarn to 1% from 3% in March to ease costs for spinners.",
     [("reduce", 1.0)]),
    # guard: a measure as the object
    ("Dhaka said on Monday it would ease the export ban on cotton yarn.", [("lift", None)]),
])
def test_a_market_quantity_as_object_is_no_measure(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-06-17")
    assert [(m.action, m.rate.value if m.rate else None) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # a measure that 'was applied' on a day began then
    ("Vietnam imposed a safeguard on steel billets from China. The measure was first applied provisionally on "
     "March 7, 2016.", [("impose", "2016-03-07")]),
    ("Chile imposed duties on Chinese grinding balls. Definitive surcharges of 33.5% on forged grinding balls were "
     "applied in August 2024.", [("impose", "2024-08")]),
    # so has one that 'has applied to' goods since a day
    ("The US put tariffs on trucks last year. A 25% tariff has applied to medium- and heavy-duty trucks and their "
     "parts since 1 November 2025.", [("impose", "2025-11-01")]),
    # guard: what a measure was applied to, with no day
    ("Vietnam imposed a safeguard on steel billets from China on March 7, 2016. The measure was applied to billets "
     "only.", [("impose", "2016-03-07")]),
])
def test_a_measure_applied_on_a_day_began_then(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-05-11")
    assert [(m.action, m.effective) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # a relief from the measure told, extended, is that measure's extension (the remission granted is a relief step)
    ("Canada put counter-tariffs on US steel in 2025 and granted remission for steel inputs in April 2025. Ottawa has "
     "extended that relief until 31 December 2026.", [("impose", None), ("suspend", None), ("extend", "2026-12-31")]),
    ("Canada put counter-tariffs on US steel in 2025 and granted remission for steel inputs in April 2025. On 8 May, "
     "Ottawa extended remission for U.S. steel used in manufacturing until 31 March 2027.",
     [("impose", None), ("suspend", None), ("extend", "2027-03-31")]),
    # guard: a relief extended to other people is no step on the measure
    ("Canada put counter-tariffs on US steel in 2025. Ottawa has extended flood relief to farmers in Manitoba.",
     [("impose", None)]),
    # the relief as the passive verb's subject, past a fronted date; the relief after the new end
    ("Canada put counter-tariffs on US steel in 2025. In October 2025, relief for U.S. steel goods used in Canadian "
     "manufacturing was extended until June 30, 2026.", [("impose", None), ("extend", "2026-06-30")]),
    ("Canada put counter-tariffs on US steel in 2025. The relief for steel inputs was later extended to June 30, 2026.",
     [("impose", None), ("extend", "2026-06-30")]),
    ("Canada put a surtax on US steel in 2025. Ottawa extended until the end of the year the remission that lets "
     "brewers bring in U.S. aluminium without paying the surtax.", [("impose", None), ("extend", "2026-12-31")]),
    # guard: relief for someone else, extended, as the subject
    ("Canada put counter-tariffs on US steel in 2025. Flood relief for farmers was extended until June 30, 2026.",
     [("impose", None)]),
    # the relief opening a clause after a semicolon
    ("Canada put counter-tariffs on US steel in 2025. The remission framework was first put in place in April 2025; "
     "relief for steel inputs was later extended to June 30, 2026.", [("impose", None), ("extend", "2026-06-30")]),
    # the relief as the subject of a reported clause, past a 'which' aside with a date of its own
    ("Canada put counter-tariffs on US steel in 2025. Today, the Government is announcing that remission of "
     "counter-tariffs on U.S. steel used in manufacturing, which was due to end on June 30, 2026, will be extended "
     "until December 31, 2026.", [("impose", None), ("extend", "2026-12-31")]),
])
def test_a_relief_extended_is_the_measure_extended(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-05-11")
    assert [(m.action, m.expires) for m in found] == expected


@pytest.mark.parametrize("path, published", [
    # ('... take effect Feb. 9; Ottawa extends relief for manufacturers using U.S. metal': merging
    # gathered the US among the US tariff's targets)
    ("tests/fresh48/news/ontario-fastener-makers-us-metals-tariff-list-2026-business-daily.txt", "2026-01-26"),
    # (Canada dropped from a duty's targets as its imposer, its evidence kept)
    ("tests/fresh10/news/canada-canola-china-tariff-prairie-farmers-2025-regional.txt", "2025-03-10"),
])
def test_no_record_names_its_imposer_as_target_or_keeps_evidence_for_it(extract, path, published):
    """A government never targets itself, and no evidence is kept for a value the record does
    not hold."""
    text = (Path(__file__).parent.parent / path).read_text(encoding="utf-8")
    found = extract(text, published)
    assert found
    for m in found:
        assert m.imposer not in m.targets
        assert all(e.value in m.targets for e in m.evidence if e.field == "targets")


@pytest.mark.parametrize("text, expected", [
    # a country, or its goods, that has paid or faced a rate since a day bears a duty from then
    ("The US cut its tariff on Bangladesh on Monday. Vietnam has paid 20 percent since August 2025.",
     [("reduce", ["BD"], None), ("impose", ["VN"], 20.0)]),
    ("The US cut its tariff on Bangladesh on Monday. Indian garments had faced a combined 50 per cent since August 27, "
     "2025.", [("reduce", ["BD"], None), ("impose", ["IN"], 50.0)]),
    # guards: another rate told before the verb; a share of something paid
    ("The US cut its tariff on Bangladesh on Monday. Lesotho, which was threatened with 50 percent in April, and "
     "Madagascar have both paid 15 percent since August 2025.", [("reduce", ["BD"], None)]),
    ("The US cut its tariff on Bangladesh on Monday. Vietnam has paid 20 percent of its debt since August 2025.",
     [("reduce", ["BD"], None)]),
])
def test_a_country_that_has_paid_a_rate_since_a_day(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-02-10")
    assert [(m.action, m.targets, m.rate.value if m.rate else None) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # 'the following day' between a reply verb and its gerund keeps the gerund a step, dated a
    # day after the date the sentence before told, whoever took that step
    ("The US added 23 Chinese firms to its entity list on 2 December 2024. China hit back the following day, banning "
     "exports of gallium, germanium and antimony to the United States.",
     [("US", "impose", "2024-12-02"), ("CN", "impose", "2024-12-03")]),
    # guard: with no date in the sentence before, no day is made up
    ("The US has added Chinese firms to its entity list. China hit back the following day, banning exports of "
     "gallium to the United States.",
     [("US", "impose", "2025-09-15"), ("CN", "impose", None)]),
])
def test_the_following_day_counts_from_the_sentence_before(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2025-09-15")
    assert [(m.imposer, m.action, m.announced) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # a hedge word hyphened into an adjective of the measure hedges no verb
    ("Indonesia's long-threatened ban on raw mineral exports came into force on Sunday.", [("impose", "2014-01-12")]),
    # guard: the hedge word as a verb still hedges
    ("Indonesia has threatened to ban raw mineral exports from Sunday.", []),
])
def test_a_hedge_word_in_a_compound_adjective_hedges_nothing(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2014-01-14")
    assert [(m.action, m.effective) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # what would have happened without a step is no step
    ("Canada put counter-tariffs on US steel on 13 March 2025. On 8 May 2026 Ottawa extended the remission of those "
     "counter-tariffs until 31 December 2026. Without the extension, relief would have ended on June 30 and importers "
     "would have faced the full 25% surtax on inputs from July 1.",
     [("impose", "2025-03-13"), ("extend", "2026-05-08")]),
    # nor is what someone has heard
    ("I heard Sri Lanka banned car imports.", []),
    # guards: 'would have' with no 'without'; 'I have' is no hearsay
    ("The UK Trade Secretary said: I have extended the anti-dumping duties on Chinese ceramic tiles on 12 June 2025 "
     "for a further five years.", [("extend", "2025-06-12")]),
])
def test_counterfactuals_and_hearsay_are_no_steps(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-05-11")
    assert [(m.action, m.announced) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # a colon ends the reach of an 'if' before it: what follows is told as fact
    ("Canada put counter-tariffs on US steel in 2025. If your customer uses steel, it may be able to claim "
     "remission: Ottawa has extended that relief until 31 December 2026.", [("impose", None), ("extend", "2026-12-31")]),
    # guard: without the colon the condition reaches the verb
    ("Canada put counter-tariffs on US steel in 2025. If the talks fail, Ottawa will extend that relief until "
     "31 December 2026.", [("impose", None)]),
])
def test_a_colon_ends_a_condition(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-05-20")
    assert [(m.action, m.expires) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # a contrast clause whose verb says a measure stays names goods the step leaves alone
    ("Canada dropped counter-tariffs on US goods that qualify under CUSMA, but the ones on steel, aluminium and "
     "vehicles remain.", [("lift", [])]),
    ("Canada removed most counter-tariffs on US goods from 1 September 2025, while those on steel and autos stayed "
     "in place.", [("lift", [])]),
    # the step's own goods before the clause stay, the kept duty's go
    ("Canada removed its counter-tariffs on US beer and wine, but duties on US steel remain unchanged.",
     [("lift", ["beer", "wine"])]),
])
def test_goods_a_contrast_clause_keeps_are_not_the_steps(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-05-20")
    assert [(m.action, m.products) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # 'measures that have been adopted': a relative clause, undated, describes the measures
    ("Moscow extended its ban on Western food imports until the end of 2027. The rules engine only contains "
     "measures that have been adopted.", [("RU", "import_ban", "extend")]),
    # a colon ends the clause whose trade flow typed the measure
    ("Russia has banned imports of Western food since August 2014. If you export food to Russia, remember that the "
     "counter-embargo is still there: Moscow's ban on Western food, extended again last month, now runs until the "
     "end of 2027.", [("RU", "import_ban", "impose"), ("RU", "import_ban", "extend")]),
    # guard: dated, the relative clause tells its step
    ("The rules engine now contains the duties that were imposed on 3 March 2026 by India on steel.",
     [("IN", "import_tariff", "impose")]),
])
def test_undated_relative_and_colon_bounded_flow(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-04-10")
    assert [(m.imposer, m.type, m.action) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # a part of the duty told moves from one level to another; each later level is a step too
    ("Since 1 July 2025, Regulation (EU) 2025/1227 has imposed a duty of 6.5% plus EUR 40 per tonne on nitrogen "
     "fertilisers from Russia. The specific part rises from EUR 40 to EUR 60 per tonne on 1 July 2026, then to EUR "
     "80 per tonne on 1 July 2027.",
     [("impose", "2025-07-01", 6.5), ("raise", "2026-07-01", 60.0), ("raise", "2027-07-01", 80.0)]),
    # a standing duty told past an aside, and 'it' moving it in the next clause
    ("So the EU's duty on Russian nitrogen fertiliser, the per-tonne part of it, has been 40 euros a tonne since "
     "July last year, and on the first of July it jumps from 40 to 80 euros a tonne.",
     [("impose", "2025-07", 40.0), ("raise", "2026-07-01", 80.0)]),
    # guard: a part of something else is no duty
    ("The EU raised its duty on Russian fertiliser in 2025. The largest part rises from 40 to 60 tonnes a day on "
     "1 July 2026.", [("raise", "2025", None)]),
])
def test_a_part_of_a_duty_or_it_moves_to_a_new_level(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-06-02")
    assert [(m.action, m.effective, m.rate.value if m.rate else None) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # a semicolon after the step's verb ends its goods
    ("Argentina taxes grain exports. Soybean duty to fall to 20% from July; wheat and barley get 180 days at zero.",
     [("reduce", ["soybeans"], 20.0, None)]),
    # the subject past an aside that tells its current rate; the step's level is the one after 'to'
    ("Argentina taxes grain exports. The export duty on wheat and barley, now 7.5%, will be suspended for 180 days "
     "from 1 July.", [("suspend", ["wheat", "barley"], 7.5, None)]),
    ("Argentina taxes grain exports. The export duty on wheat and barley, currently 7.5%, will be cut to 5% from "
     "1 July.", [("reduce", ["wheat", "barley"], 5.0, 7.5)]),
])
def test_a_steps_goods_and_rate_in_its_own_clause(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-06-09")
    assert [(m.action, m.products, m.rate.value if m.rate else None, m.rate.previous if m.rate else None)
            for m in found] == expected


def test_a_suspension_of_exports_extended_is_the_ban_not_the_later_quota(extract):
    """'first suspended exports of cobalt ... it extended that suspension': the suspension told
    was an export ban, though the article's quotas come later; the quotas that replace it take
    its goods."""
    found = extract("Intro.\n\nThe cobalt export quota regime is extended until 31 December 2028. ARECOMS first suspended exports of "
                    "cobalt for four months by a decision of 22/02/2025. On 21/06/2025 it extended that suspension "
                    "for three months. By a decision of 20 September 2025 it replaced the suspension with quotas "
                    "from 16 October 2025.", "2026-06-01")
    assert [(m.type, m.action, m.products, m.announced) for m in found if m.announced and m.announced < "2026"] == [
        ("export_ban", "impose", ["cobalt"], "2025-02-22"), ("export_ban", "extend", ["cobalt"], "2025-06-21"),
        ("export_ban", "lift", ["cobalt"], "2025-09-20"), ("quota", "impose", ["cobalt"], "2025-09-20")]


@pytest.mark.parametrize("text, expected", [
    # dates that tell when the subject measure began, or what it covered, do not date the step
    ("The Congo regulator cut the cobalt export quota on 29 May 2026. The quota regime established in 2025, which "
     "covered the years 2026 and 2027, is extended until 31 December 2028.",
     [("tighten", "2026-05-29"), ("extend", "2026-05-29")]),
    ("The Congo regulator set a cobalt export quota. The annual export quota for cobalt for the year 2026 is reduced "
     "from 96,600 tonnes to 87,000 tonnes.", [("impose", None), ("tighten", None)]),
])
def test_dates_of_the_subject_measure_do_not_date_the_step(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-06-01")
    assert [(m.action, m.announced) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # a measure as the active verb's subject raises or cuts something else
    ("Indonesia banned nickel ore exports in 2020. Ore export bans have lifted manufacturing exports.",
     [("impose", "2020")]),
    ("Indonesia raised its palm oil export levy to 12.5% on Tuesday. Higher export charges lower the farm-gate "
     "price of fresh fruit bunches.", [("raise", "2026-06-02")]),
    # guards: a headline's passive without its auxiliary; a participle before its level
    ("Indonesia's export ban lifted on Monday.", [("lift", "2026-06-01")]),
    ("Indonesia's export duty raised to 12.5% on Tuesday hurt growers.", [("raise", "2026-06-02")]),
])
def test_a_measure_that_moves_something_else_is_no_step(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-06-04")
    assert [(m.action, m.announced) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # what shall continue to be permitted under a licence is how things stand
    ("Myanmar banned log exports in 2014. The export of sawn timber and plywood shall continue to be permitted under "
     "an export licence issued by the Ministry of Commerce.", [("impose", "2014", "2014")]),
    # a step told as done that applies from a day after the story was not decided on that day
    ("Myanmar banned log exports from 1 April.", [("impose", None, "2014-04-01")]),
    # guard: one day before the story dates both
    ("Myanmar banned log exports from 1 February.", [("impose", "2014-02-01", "2014-02-01")]),
])
def test_standing_permission_and_a_start_after_the_story(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2014-03-10")
    assert [(m.action, m.announced, m.effective) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # a rate moved 'from' one level 'to' another, whatever the text calls it; 'restored it to 33%'
    ("Argentina imposed an export duty on soybeans in 2019. On 9 December 2025 the government lowered the bean from "
     "26% to 24%.", [("reduce", "2025-12-09", 24.0)]),
    ("Argentina imposed an export duty on soybeans in 2019. In October 2020 the government cut the soybean rate to 30% "
     "for three months, and then restored it to 33% in January 2021.",
     [("reduce", "2020-10", 30.0), ("raise", "2021-01", 33.0)]),
    # guards: a forecast moved; a rate with no object before 'from' (a domestic tax's relative clause)
    ("Argentina imposed an export duty on soybeans in 2019. The ministry lowered its growth forecast from 3% to 2.5% "
     "on 9 December 2025.", []),
    ("Argentina imposed an export duty on soybeans in 2019. States also charge a sales tax, which several of them "
     "raised from 17% to 20% in April 2025.", []),
])
def test_a_rate_moved_from_one_level_to_another(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-06-08")
    assert [(m.action, m.effective, m.rate.value if m.rate else None) for m in found if m.action != "impose"] \
        == expected


@pytest.mark.parametrize("text, expected", [
    # a capitalised product word inside a body's name names no goods of the step
    ("The Paraná Oilseed Processors' Chamber takes note of the measures announced by Argentina last Thursday, which "
     "lower the export duty on soybeans from 24% to 20%.", [("reduce", ["soybeans"])]),
    # goods that 'stayed at' a level are left alone by the step
    ("Argentina imposed an export duty on soybeans in 2019. In March 2020 the rate on soybeans was raised from 30% to "
     "33%, while meal and oil stayed at 31%.", [("raise", ["soybeans"])]),
    # what a protest demands is no step
    ("Argentina imposed an export duty on wheat in 2019. In Pergamino, a few hundred producers held an assembly last "
     "Thursday to demand a timetable for removing the duties altogether.", []),
])
def test_goods_of_a_body_or_left_alone_and_demands(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-06-08")
    assert [(m.action, m.products) for m in found if m.action != "impose"] == expected



def test_renewed_measures_that_took_effect_are_the_renewal(extract):
    """'The renewed measures took effect on 18 January 2024': the day the renewal applies, not a
    new imposition."""
    found = extract("Intro.\n\nThe European Commission has renewed the anti-dumping duties on electric bicycles from "
                    "China for a further five years. The renewed measures took effect on 18 January 2024.",
                    "2024-01-24")
    assert [(m.action, m.effective) for m in found] == [("extend", "2024-01-18")]


@pytest.mark.parametrize("text, expected", [
    # relief standing since a day, from a rate of the duty told
    ("The US put a 15 per cent tariff on most EU goods in August 2025. Parts we make in France have been exempt from "
     "the 15 per cent rate on EU goods since 1 September 2025.",
     [("US", "impose", "2025-08"), ("US", "suspend", "2025-09-01")]),
    # guard: exempt as the measure's scope
    ("The US put a 15 per cent tariff on most EU goods in August 2025. Pharmaceuticals are exempt for now.",
     [("US", "impose", "2025-08")]),
    # the two governments of the step told before, agreeing on a day to a step with its own start and term
    ("In 2019 the US and the EU put tariffs on each other's aircraft. The two sides agreed on 15 June 2021 to suspend "
     "these tariffs for five years from 11 July 2021.",
     [("EU", "impose", "2019"), ("US", "impose", "2019"), ("EU", "suspend", "2021-07-11"),
      ("US", "suspend", "2021-07-11")]),
    # guard: an agreement to a step with no start or term of its own is a plan
    ("In 2019 the US and the EU put tariffs on each other's aircraft. The two sides agreed on 15 June 2021 to suspend "
     "these tariffs.", [("EU", "impose", "2019"), ("US", "impose", "2019")]),
])
def test_relief_standing_since_and_a_dated_agreement_of_both_sides(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-03-05")
    assert [(m.imposer, m.action, m.effective) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # in a story of export duties, a government's duty on another country's goods is on imports
    ("Russia raised its export duty on wheat on Friday. Since July 2025 the EU has also charged duties on Russian "
     "fertilizers, which will rise in stages over three years.",
     [("RU", "export_duty"), ("EU", "import_tariff")]),
    ("Russia raised its export duty on wheat on Friday. So the EU's duty on Russian nitrogen fertiliser has been 40 "
     "euros a tonne since July last year.", [("RU", "export_duty"), ("EU", "import_tariff")]),
    # guard: the same government's bare duty stays an export duty
    ("Russia raised its export duty on wheat on Friday. It also raised the duty on sunflower oil on Monday.",
     [("RU", "export_duty"), ("RU", "export_duty")]),
])
def test_a_duty_on_foreign_goods_is_on_imports(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-06-02")
    assert [(m.imposer, m.type) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # a quota enlarged or expanded lets more in
    ("South Korea will enlarge the zero-tariff quota on frozen pork to 35,000 tonnes from 1 April.",
     [("KR", "quota", "reduce")]),
    ("South Korea expanded the duty-free quota on frozen pork to 35,000 tonnes on Monday.",
     [("KR", "quota", "reduce")]),
    # 'TRQ' names a quota; easing tight supplies moves no measure
    ("On Tuesday USDA said it would raise the fiscal 2026 raw cane sugar TRQ by 125,000 metric tons raw value to ease "
     "tight domestic supplies.", [("US", "quota", "reduce")]),
    # guard: a ban expanded is tightened
    ("South Korea expanded its ban on pork imports from Germany on Monday.", [("KR", "import_ban", "tighten")]),
])
def test_a_quota_enlarged_lets_more_in(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-03-09")
    assert [(m.imposer, m.type, m.action) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # duties restored are imposed again
    ("2024-01-01 - China restores import tariffs of 3% to 6% on coal from countries that do not have a free trade "
     "agreement with it.", [("CN", "import_tariff", "impose")]),
    # guard: duty-free access restored is relief
    ("The US restored duty-free access for Kenyan apparel on Monday.", [("US", "import_tariff", "suspend")]),
])
def test_duties_restored_are_imposed_again(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-03-10")
    assert [(m.imposer, m.type, m.action) for m in found] == expected


def test_frozen_and_chilled_goods_are_no_freeze(extract):
    """'the tariff on frozen and chilled beef ... was raised': 'frozen' is a state of the goods."""
    found = extract("Intro.\n\nJapan cut its beef tariff in 2020. The safeguard was last invoked in 2021, when the tariff "
                    "on frozen and chilled beef originating in the United States was raised from 25.8% to 38.5% for 30 "
                    "days from March 18, 2021.", "2026-03-06")
    assert [(m.action, m.effective) for m in found] == [("reduce", "2020"), ("raise", "2021-03-18")]


def test_where_goods_originate_is_no_home_of_the_story(extract):
    """A Japanese release that names the US three times as the origin of the beef ('originating in
    the United States') and Japan twice is Japan's: the tariff raised is Japan's."""
    found = extract("Ministry of Finance, Japan\n\nSafeguard on Frozen Beef Originating in the United States under the "
                    "Japan-U.S. Trade Agreement\n\nThe Ministry of Finance announced today that imports of frozen beef "
                    "originating in the United States have exceeded the trigger level.\n\nAccordingly, the tariff on "
                    "frozen beef originating in the United States will be raised from 21.6% to 30.0% for 30 days from "
                    "March 18, 2026.", "2026-03-06")
    assert [(m.imposer, m.targets, m.action) for m in found] == [("JP", ["US"], "raise")]


@pytest.mark.parametrize("text, expected", [
    # the end of the step told, said of when it applies (over the end a term would give)
    ("Accordingly, the tariff on frozen beef originating in the United States will be raised by Japan from 21.6% to "
     "30.0% for 30 days from March 18, 2026.\n\nThe safeguard tariff will apply until April 16, 2026.",
     [("raise", "2026-03-18", "2026-04-16")]),
    ("On 2 July 2021, the Russian Government adopted two resolutions introducing temporary export duties on metals. "
     "The duties will apply to goods declared for export from 1 August until 31 December 2021.",
     [("impose", "2021-08-01", "2021-12-31")]),
    # guard: where it applies, with no day, dates nothing
    ("On 2 July 2021, the Russian Government adopted two resolutions introducing temporary export duties on metals. "
     "The duties will apply to goods declared for export by rail.", [("impose", "2021-07-02", None)]),
])
def test_a_measure_that_will_apply_until_a_day_ends_then(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-03-06")
    assert [(m.action, m.effective, m.expires) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # a surcharge a business passes to its customers is a price
    ("The US raised its tariff on trucks to 25% in November. Two of the four largest Class 8 builders told customers "
     "last week that they would add surcharges of $2,800 to $4,100 per tractor.", [("US", "raise")]),
    # a step that still needs approval is pending
    ("Bangladesh agreed a trade deal with the US on Monday. Its tariff cuts on US cotton and soybeans still need "
     "approval from parliament.", []),
    # guard: a government's surcharge
    ("Canada imposed a 25% surcharge on US steel on Monday.", [("CA", "impose")]),
])
def test_customer_surcharges_and_steps_awaiting_approval_are_no_steps(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-05-20")
    assert [(m.imposer, m.action) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # goods that 'went from' one level 'to' another: the figures say the way
    ("Argentina imposed an export duty on soybeans in 2019. In December 2025 soybeans went from 26% to 24%.",
     [("reduce", "2025-12", 24.0, 26.0)]),
    # the level a step moves to, even with the instrument named after it
    ("Japan charges a 21.6% tariff on US beef. In March 2026 Japan raised the tariff on US beef to 38.5% under the "
     "safeguard.", [("raise", "2026-03", 38.5, None)]),
    # guard: a share of another measure's figure stays that measure's ('32.14 per cent in duties')
    ("Argentina imposed an export duty on soybeans in 2019. Crushers now pay a combined 32.14 per cent in duties, and "
     "since 1 March 2026 they have also paid a 5 per cent levy on soybean oil.", []),
])
def test_goods_that_went_from_one_level_to_another(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-06-08")
    assert [(m.action, m.effective, m.rate.value if m.rate else None, m.rate.previous if m.rate else None)
            for m in found if m.action not in ("impose",)] == expected


@pytest.mark.parametrize("text, expected", [
    # a levy told with the day it began
    ("The EU taxed American whiskey at 25% from 22 June 2018 in response to US steel duties.",
     [("EU", "impose", "2018-06-22", 25.0)]),
    # guard: how a good is taxed, with no day, is no step
    ("The EU taxed American whiskey at 25% in response to US steel duties.", []),
])
def test_a_levy_told_with_the_day_it_began(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-05-13")
    assert [(m.imposer, m.action, m.effective, m.rate.value if m.rate else None) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # the rates of the duty told, on goods named, as a passive subject
    ("Turkey doubled tariffs on US cars on Wednesday. Rates on cosmetics, rice and coal were raised as well.",
     [("raise", ["cars"]), ("raise", ["cosmetics", "rice", "coal"])]),
    # guard: a market's rates
    ("Turkey doubled tariffs on US cars on Wednesday. Freight rates on rice were raised as well.",
     [("raise", ["cars"])]),
])
def test_rates_on_goods_raised_in_the_passive(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2018-08-15")
    assert [(m.action, m.products) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # pushing a measure's scheduled end back extends it
    ("Ecuador imposed safeguard surcharges in 2015. In April the government pushed their scheduled end back by a "
     "year, to June 2017.", [("impose", None), ("extend", "2017-06")]),
    ("Ecuador imposed safeguard surcharges in 2015. In April the government pushed back the planned expiry of the "
     "surcharges to June 2017.", [("impose", None), ("extend", "2017-06")]),
])
def test_a_scheduled_end_pushed_back_extends(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2016-07-29")
    assert [(m.action, m.expires) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # goods from abroad that a halting verb takes as its object are banned imports
    ("Saudi Arabia's Food and Drug Authority suspended poultry meat and table eggs from Paraná from 29 March until "
     "the end of July.", [("SA", "import_ban", "impose", "2026-03-29", "2026-07-31")]),
    ("China shut out German pork on 12 September 2020 after swine fever was found in wild boar.",
     [("CN", "import_ban", "impose", "2020-09-12", None)]),
    ("Japan went straight to regionalisation: it stopped taking poultry meat from Paraná on 27 March.",
     [("JP", "import_ban", "impose", "2026-03-27", None)]),
    # guards: a firm's choice; what a measure did to goods
    ("The commerce ministry opened an investigation into the company over its decision to stop buying cotton from "
     "the Xinjiang region.", []),
    ("Brussels worried that steel shut out of the United States would wash up on its shores.", []),
])
def test_goods_from_abroad_halted_are_a_ban_on_imports(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-04-08")
    assert [(m.imposer, m.type, m.action, m.effective, m.expires) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # a ban narrowed to a region is relaxed
    ("Mexico's SENASICA halted imports of Brazilian poultry meat on 28 March, then narrowed the measure to Paraná on "
     "2 April.", [("impose", "2026-03-28"), ("reduce", "2026-04-02")]),
    ("Korea suspended imports of Brazilian chicken on 27 March and, from 3 April, restricted the measure to poultry "
     "meat from Paraná.", [("impose", "2026-03-27"), ("reduce", "2026-04-03")]),
    ("Hong Kong banned imports of Japanese seafood in August 2023. It is the first time a ban linked to the water "
     "release has been narrowed.", [("impose", "2023-08"), ("reduce", None)]),
    # guards: a ban limited from the start; a gap narrowed
    ("Japan limited its ban to poultry meat from Rio Grande do Sul on Saturday.", []),
    ("Korea imposed a 25% duty on Chinese steel plate in March. The duty narrows that gap.", [("impose", "2026-03")]),
])
def test_a_ban_narrowed_to_a_region_is_relaxed(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-04-08")
    assert [(m.action, m.effective) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # the party a message went to is not the pronoun's antecedent
    ("China's General Administration of Customs notified Brazilian authorities on Friday 27 March that it was "
     "suspending imports of chicken from the whole country.", ["CN"]),
    # a possessive pronoun right after a sentence that turns to a government is that government's
    ("China closed its market to Brazilian chicken on 27 March. Mexico first took the same line. Its animal-health "
     "agency SENASICA halted imports of Brazilian poultry meat on 28 March.", ["CN", "MX"]),
    # a product word inside a body's name is no good of the step; the Hong Kong food safety centre acts for Hong Kong
    ("The Centre for Food Safety (CFS) announced today that it has suspended the import of poultry meat from "
     "Lancaster County in the United States.", ["HK"]),
])
def test_who_halts_imports_in_a_reported_or_following_clause(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-04-14")
    assert [m.imposer for m in found] == expected


def test_a_product_word_in_a_service_name_is_no_good():
    """'Chile's Agricultural and Livestock Service (SAG)': 'Livestock' names the body."""
    from pipeline.runner import Pipeline
    from pipeline.settings import Settings
    from pipeline.ingest import Document
    text = "Intro.\n\nChile's Agricultural and Livestock Service (SAG) suspended imports of Brazilian chicken on 27 March."
    doc = Document(id="t", path="t.txt", text=text, sha256="0" * 64, published="2026-04-08", published_from="metadata")
    [(_, mentions, _)] = list(Pipeline(Settings(progress=False)).process([doc]))
    assert mentions and all("livestock" not in m.products for m in mentions)


@pytest.mark.parametrize("text, expected", [
    # foreign suppliers' registrations suspended or restored decide what may come in
    ("On 4 March 2025, China's customs suspended the soybean export registrations of three US companies.",
     [("CN", "import_ban", "impose", "2025-03-04")]),
    ("On 31 March, China's customs suspended the export registration codes of 14 Vietnamese durian packing houses.",
     [("CN", "import_ban", "impose", "2026-03-31")]),
    ("On 6 April, GACC restored the registrations of 38 US beef plants.", [("CN", "import_ban", "lift", "2026-04-06")]),
    # guard: a registration with no foreign supplier named is a domestic procedure
    ("On 6 April, the ministry suspended the registrations of new pesticide brands.", []),
])
def test_foreign_suppliers_registrations_suspended_or_restored(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-04-08")
    assert [(m.imposer, m.type, m.action, m.effective) for m in found] == expected


def test_a_country_that_opens_a_headline_in_capitals_acts(extract):
    """'2. SAUDI ARABIA HALTS ARGENTINE POULTRY': a headline in capitals goes on past the country;
    a wire dateline ('JAKARTA -') does not. The headline's step is the Saudi one told below it."""
    found = extract("MAGHREB AND GULF DIGEST\n\n1. MOROCCO HALTS VEGETABLE EXPORTS\n\nMorocco has halted exports of "
                    "tomatoes to Mauritania since 20 February.\n\n2. SAUDI ARABIA HALTS ARGENTINE POULTRY, REOPENS TO A "
                    "POLISH REGION\n\nThe Saudi Food and Drug Authority (SFDA) on Wednesday suspended imports of poultry "
                    "meat from Argentina after the country reported its first outbreak, and lifted a ban on poultry from "
                    "Poland's Lubuskie province.", "2023-02-24")
    assert [(m.imposer, m.type, m.action) for m in found] == [
        ("MA", "export_ban", "impose"), ("SA", "import_ban", "impose"), ("SA", "import_ban", "lift")]
    assert found[1].sentence.startswith("SAUDI ARABIA HALTS")


@pytest.mark.parametrize("text, expected", [
    # a flow resumed past a date told between commas
    ("Japan's agriculture ministry has today decided to resume, effective April 10, 2026, imports of pork from Spain.",
     [("JP", "import_ban", "lift", "2026-04-10")]),
    # a halt of a flow announced, however definite its article
    ("China announced on 28 March the suspension of imports of chicken meat from the whole of Brazil.",
     [("CN", "import_ban", "impose", None)]),
    # a halt 'with immediate effect' before the flow
    ("The Centre for Food Safety announced that it has instructed the trade to suspend with immediate effect the "
     "import of poultry meat from Lancaster County.", [("HK", "import_ban", "impose", None)]),
    # goods banned from a number of regions
    ("Hong Kong did something narrower than the mainland in August 2023. It banned aquatic products from ten "
     "prefectures.", [("HK", "import_ban", "impose", None)]),
])
def test_halts_of_imports_in_notice_shapes(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-04-14")
    assert [(m.imposer, m.type, m.action, m.effective) for m in found] == expected
    assert all(m.announced or m.effective is None for m in found)


@pytest.mark.parametrize("text, expected", [
    # 'it' in a report with a participle aside that names places: the one who reports
    ("The Centre for Food Safety (CFS) announced today (April 14) that, having received notifications of outbreaks in "
     "Lancaster County in the United States, and in Bács-Kiskun County, Hungary, it has suspended the import of "
     "poultry meat from the two counties.", ["HK"]),
    # a government named after 'with the' is no subject of the verb that follows
    ("Hong Kong suspended imports of Brazilian poultry on 27 March. The spokesman said that the CFS was in contact "
     "with the Brazilian authorities and would review the suspension.\n\nIn a related announcement, the Government "
     "said today that it will remove Niigata and Nagano prefectures from the import ban on Japanese aquatic products "
     "from next month.", ["HK", "HK"]),
])
def test_who_acts_past_places_named_in_passing(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-04-14")
    assert [m.imposer for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # a halt told before, as the subject of its lifting, past words such as 'last Korean' or 'both'
    ("Korea suspended imports of fresh mangoes from Vietnam on 20 March. The last Korean suspension of Vietnamese "
     "mangoes, imposed in July 2024, was lifted in October 2024.",
     [("KR", "import_ban", "impose", "2026-03-20"), ("KR", "import_ban", "lift", "2024-10")]),
    ("On 4 March 2025, China suspended imports of US logs. Both suspensions were lifted with effect from 10 November "
     "2025.", [("CN", "import_ban", "impose", "2025-03-04"), ("CN", "import_ban", "lift", "2025-11-10")]),
    # the halt told earlier in the same sentence lends its government, not a country of the goods
    ("The EU has applied a zero tariff to Ecuadorian shrimp since January 2017. In China, Ecuador's largest market, "
     "customs suspended imports from three Ecuadorian packers in July 2020; the suspensions were lifted later that "
     "year.", [("CN", "import_ban", "impose", "2020-07"), ("CN", "import_ban", "lift", None)]),
])
def test_a_halt_told_before_is_lifted(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-04-16")
    assert [(m.imposer, m.type, m.action, m.effective) for m in found if m.imposer != "EU"] == expected


@pytest.mark.parametrize("text, expected", [
    # a duty, then the government that announced it on a day, with no 'that' between
    ("Spanish pork still carries the final anti-dumping duty Beijing announced on 16 December, 19.8% for most "
     "exporters.", [("CN", "impose", "2025-12-16")]),
    # guard: a duty announced with no day is told, not dated news
    ("Spanish pork still carries the anti-dumping duty Beijing announced.", []),
])
def test_a_duty_the_government_announced_on_a_day(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-04-15")
    assert [(m.imposer, m.action, m.announced) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # a halt told before, extended, with its first term before the noun (no term of the extension)
    ("The Philippines suspended rice imports on September 1. On Tuesday it extended the 60-day halt by two months.",
     [("impose", "2025-09-01", None), ("extend", "2025-10-14", None)]),
    # a definite ban widened in the passive
    ("Russia banned gasoline exports by resellers in March. The ban was widened to producers from Aug. 1.",
     [("impose", "2025-03", None), ("tighten", "2025-08-01", None)]),
    # guards: a clause that tells the step itself; goods of a clause before the subject
    ("Russia banned gasoline exports in March. The curbs were widened in July, when the government banned diesel "
     "exports.", [("impose", "2025-03", None), ("impose", "2025-07", None)]),
])
def test_a_told_halt_extended_or_widened(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2025-10-15")
    assert [(m.action, m.effective, m.duration) for m in found] == expected


@pytest.mark.parametrize("text", [
    # a central bank's cut
    "A cut by the Federal Reserve would help housing more than any duty change.",
    # a duty's move told in a clause of circumstance, with no level or day of its own
    "Stumpage prices fell about 18 percent between 2022 and 2025 even as duties rose, and two mills suspended shifts.",
    # a denial, with the plan quoted
    'UAE: The economy ministry said it had "no plans" to restrict re-exports of rice.',
])
def test_steps_that_are_not_trade_measures(extract, text):
    found = extract("Intro.\n\nThe US raised duties on Canadian lumber in 2025. " + text, "2026-05-01")
    assert [(m.imposer, m.action, m.effective) for m in found] == [("US", "raise", "2025")]


@pytest.mark.parametrize("text, expected", [
    # goods put on a list of relief are relieved; goods taken off a relief pay again
    ("The US imposed reciprocal tariffs in April 2025. In mid-November 2025 the White House added beef, coffee and "
     "bananas to the exempt list.", [("impose", []), ("suspend", ["beef", "coffee", "bananas"])]),
    ("Canada imposed surtaxes on US steel in March 2025. The Order removes flat-rolled steel products from the "
     "remission as of July 1, 2026.", [("impose", ["steel"]), ("impose", ["flat steel products"])]),
    # goods carved out of a told tariff
    ("The US imposed reciprocal tariffs on 5 April 2025. A week later, a memorandum carved smartphones and computers "
     "out of those tariffs.", [("impose", []), ("lift", ["smartphones", "computers"])]),
    # a relief that would continue until a day runs longer
    ("USTR granted exclusions in 2024. On 26 November 2025 USTR announced that all 178 exclusions would continue "
     "until 10 November 2026.", [("suspend", []), ("extend", [])]),
    # guards: goods carved out in the passive are the duty's scope; applications for a relief are no relief
    ("The US imposed a 100% tariff on Chinese cranes in May 2024. Cranes ordered before May 14, 2024 are carved out "
     "of the new duty.", [("impose", ["cranes"])]),
    ("Canada imposed surtaxes on US steel in March 2025. Importers should renew remission applications before 30 "
     "June.", [("impose", ["steel"])]),
])
def test_relief_lists_and_carve_outs(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-05-13")
    assert [(m.action, m.products) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # a round of tariff suspensions adopted is relief from the duty
    ("Yesterday (May 28), the Council of the EU adopted the July round of autonomous tariff suspensions, which "
     "suspends the EU duty on brushless motor controllers from July 2026.", [("EU", "suspend", "2026-05-28")]),
    # guard: a round of tariffs adopted is a duty imposed
    ("On 28 May the Council of the EU adopted a new round of tariffs on US motorcycles.", [("EU", "impose", "2026-05-28")]),
])
def test_a_round_of_tariff_suspensions_adopted_is_relief(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-05-29")
    assert [(m.imposer, m.action, m.announced) for m in found] == expected


def test_exclusions_for_named_goods_that_ended(extract):
    """'The exclusions for solar panels and steel ended on 1 June': the goods pay the duty again."""
    found = extract("Intro.\n\nUSTR granted exclusions in 2024. The exclusions for solar panels and steel ended on 1 June.",
                    "2026-06-05")
    assert [(m.action, m.products, m.effective) for m in found] == [
        ("suspend", [], "2024"), ("impose", ["solar panels", "steel"], "2026-06-01")]


def test_a_relief_that_takes_effect_in_a_which_clause(extract):
    """', which take effect on 20 May and run to 2026-11-10': the exclusions' own days, no new duty."""
    found = extract("Intro.\n\nUSTR granted nine new exclusions for solar panels, which take effect on 20 May and run to "
                    "2026-11-10.", "2026-05-15")
    assert [(m.action, m.products, m.effective, m.expires) for m in found] == [
        ("suspend", ["solar panels"], "2026-05-20", "2026-11-10")]


def test_a_counted_set_of_suspensions_extended(extract):
    """'It also extends 41 existing suspensions, among them those for certain polysilicon': the
    reliefs the story tells, extended."""
    found = extract("Intro.\n\nThe Council of the EU on 28 May suspended the duty on lithium hydroxide. It also extends 41 "
                    "existing suspensions, among them those for certain polysilicon, until 31 December 2030.", "2026-05-29")
    assert [(m.type, m.action, m.products, m.expires) for m in found] == [
        ("import_tariff", "suspend", ["lithium hydroxide"], None), ("import_tariff", "extend", ["polysilicon"], "2030-12-31")]


@pytest.mark.parametrize("text, expected", [
    # goods that lose a relief pay the duty again
    ("The US imposed reciprocal tariffs in April 2025. Low-value parcels lost their duty-free treatment in May 2025.",
     [("impose", [], "2025-04"), ("impose", ["low-value parcels"], "2025-05")]),
    # guards: a country that loses a benefit is its holder, not who withdrew it; a share lost is no relief
    ("India is also due to lose its GSP benefits, though no proclamation has been signed yet.", []),
    ("The US imposed reciprocal tariffs in April 2025. Exporters lost market share as the tariffs bit.",
     [("impose", [], "2025-04")]),
])
def test_goods_that_lose_a_relief(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-05-01")
    assert [(m.action, m.products, m.effective) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # a measure negated by 'no', as the passive's subject or before its participle, is no step
    ("China renewed its exclusion list for US goods. For goods on the list, no additional tariffs imposed as "
     "countermeasures against the United States Section 301 measures shall be levied.", [("CN", "extend", None)]),
    # the list a measure answers is the other government's
    ("China renewed its exclusion list for US goods. The countermeasure tariffs were imposed from 6 July 2018 in "
     "response to the United States Section 301 tariffs.", [("CN", "extend", None), ("CN", "impose", "2018-07-06")]),
])
def test_negated_measures_and_the_list_answered(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-05-20")
    assert [(m.imposer, m.action, m.effective) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # 'Come January' dates a step like 'in January'
    ("The US put tariffs on furniture in October. Come January, the tariff on upholstered furniture rises to 30 percent.",
     [("impose", "2025-10", None), ("raise", "2026-01", 30.0)]),
    # the rate told before, past a leading date, moves
    ("Mexico charges a 19% global tariff on courier shipments from China since January. From 15/08/2025 that "
     "global rate rose to 33.5%.", [("impose", "2025-01", 19.0), ("raise", "2025-08-15", 33.5)]),
])
def test_a_told_rate_that_moves_on_a_day(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2025-12-01")
    assert [(m.action, m.effective, m.rate.value if m.rate else None) for m in found] == expected


@pytest.mark.parametrize("tail, expires", [
    ("The lower rate will stay in place until 2028.", "2028"),
    ("The order was signed on Thursday, and the lower rate will stay in place until 2028.", "2028"),
    # guard: an interest rate is no tariff's
    ("The central bank said its policy rate will stay in place until 2028.", None),
])
def test_the_end_of_a_rate_just_moved(extract, tail, expires):
    """'..., and the lower rate will stay in place until 2028': the end of the cut just told."""
    found = extract("Intro.\n\nPresident Marcos has slashed the tariff on imported rice to 15% from 35%, the palace "
                    "announced on Friday. " + tail, "2024-06-21")
    assert [(m.action, m.expires) for m in found] == [("reduce", expires)]


@pytest.mark.parametrize("text, expected", [
    ("SRI LANKA: budget\n\n- The budget came just over two weeks after private car imports resumed on 1 February, "
     "ending a ban imposed in March 2020.", [("lift", ["cars"]), ("impose", ["cars"])]),
])
def test_goods_of_a_clause_after_a_time_cue(extract, text, expected):
    """'just over two weeks after private car imports resumed': 'over' an amount gives no reason,
    and the clause after 'after' is the step's own when its verb follows the goods."""
    found = extract(text, "2025-02-21")
    assert [(m.action, m.products) for m in found] == expected


def test_a_ban_with_immediate_effect_on_a_day_was_decided_that_day(extract):
    found = extract("Intro.\n\nGhana's Ministry of Trade and Industry banned exports of used lead-acid batteries with "
                    "immediate effect on Tuesday, for six months until 14 July.", "2025-01-17")
    assert [(m.announced, m.effective, m.expires) for m in found] == [("2025-01-14", "2025-01-14", "2025-07-14")]


@pytest.mark.parametrize("text, expected", [
    # a levy put on exports, past its rate or the goods' name, is an export duty; a purpose clause
    # names no goods of it
    ("Government will charge a levy of US$150 per tonne on exports of raw shea nuts from 1 January 2027, to push "
     "more processing into butter and oil at home.", [("GH", "export_duty", "impose", ["shea nuts"])]),
    ("Indonesia raised its levy on crude palm oil exports from 7.5% to 10% in May 2025, to pay for its biodiesel "
     "programme.", [("ID", "export_duty", "raise", ["crude palm oil"])]),
    # a measure that 'ends from' a day is lifted; 'ends in June' only tells its term
    ("Kenya's ban on exports of raw in-shell macadamia nuts ends from next month.",
     [("KE", "export_ban", "lift", ["macadamia nuts"])]),
    ("Kenya's ban on exports of raw in-shell macadamia nuts ends in June.", []),
    # most-favoured-nation rates are tariffs
    ("Vietnam cut its most-favoured-nation rates on ethanol and some cars from 31 March 2025.",
     [("VN", "import_tariff", "reduce", ["ethanol", "cars"])]),
    # shares that drifted lower are no cut
    ("Sri Lanka raised the cess on imported tyres. Vehicle importers drifted lower on talk that the government "
     "could limit the number of vehicle import permits next year.", [("LK", "import_tariff", "raise", ["tyres"])]),
])
def test_budget_day_shapes(extract, text, expected):
    found = extract("Ghana presented its budget on Wednesday.\n\n" + text, "2026-11-19")
    assert [(m.imposer, m.type, m.action, m.products) for m in found] == expected


def test_the_end_a_relief_was_due_to_have_is_no_step(extract):
    """'The import duty waiver on electric buses, which was due to lapse on 31 December, is extended
    ... to 31 December 2028': one step, the extension."""
    found = extract("Ghana's budget changed several duties.\n\nThe import duty waiver on electric buses, which was due to "
                    "lapse on 31 December, is extended for another two years, to 31 December 2028.", "2026-11-19")
    assert [(m.action, m.products, m.expires) for m in found] == [("extend", ["buses"], "2028-12-31")]


@pytest.mark.parametrize("text, expected", [
    ("Russia restricts fuel exports often. In 2025 it banned gasoline exports by traders from March 1 and widened "
     "the ban to producers from Aug. 1.", [("2025-03-01", "2025-03-01"), ("2025-08-01", "2025-08-01")]),
    # guard: a step dated by its day keeps it
    ("Russia restricts fuel exports often. On 20 February 2025 it banned gasoline exports by traders from March 1.",
     [("2025-02-20", "2025-03-01")]),
])
def test_a_step_dated_by_its_year_was_taken_the_day_it_started(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-06-01")
    assert [(m.announced, m.effective) for m in found] == expected


def test_a_year_naming_a_thing_lends_no_year(extract):
    """'missed their 2025 domestic market obligation, from 1 March': the day is this year's."""
    found = extract("Intro.\n\nIndonesia's energy ministry said last Thursday it had suspended export approvals for coal "
                    "miners that missed their 2025 domestic market obligation, from 1 March.", "2026-03-10")
    assert [m.effective for m in found] == ["2026-03-01"]


def test_a_told_step_dated_next_takes_the_chronicles_year(extract):
    """'On March 5, 2002, ... announced safeguard tariffs ... The duties took effect on March 20.',
    told in 2018: the day of that step, in 2002."""
    found = extract("Intro.\n\nOn March 5, 2002, the United States announced safeguard tariffs of 8 to 30 percent on "
                    "imported steel. The duties took effect on March 20.", "2018-02-21")
    assert [(m.announced, m.effective) for m in found] == [("2002-03-05", "2002-03-20")]


@pytest.mark.parametrize("text, expected", [
    # an investigation ended without measures sets none
    ("The EU imposed duties on plywood. The investigation into imports of certain glass fibre yarns from Egypt was "
     "terminated without measures after the complainant withdrew.", [("EU", "impose", ["plywood"])]),
    # what proposals include is no step
    ("Kenya suspended its import duty on sugar. Proposals circulated to partner states include raising the duty on "
     "imported confectionery to 35 per cent, but nothing has been agreed.", [("KE", "suspend", ["sugar"])]),
    # postal operators that stop taking parcels are no government
    ("The US ended de minimis on 29 August. Several national posts stopped accepting US-bound goods for some weeks.",
     [("US", "impose", ["low-value parcels"])]),
])
def test_no_step_in_proposals_investigations_ended_without_measures_or_carriers(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-01-05")
    assert [(m.imposer, m.action, m.products) for m in found] == expected


def test_a_government_that_has_not_said_when_takes_no_step(extract):
    """'..., has not said when it will lift them': no lifting, and no one else's."""
    found = extract("Intro.\n\nJapan resumed imports. Russia, which followed China with its own "
                    "restrictions on Japanese seafood in October 2023, has not said when it will lift them.", "2025-01-10")
    assert [(m.imposer, m.action) for m in found] == [("JP", "lift"), ("RU", "impose")]


def test_exports_exempt_where_they_go_are_that_governments_relief(extract):
    """"Ukraine's exports to the EU have been exempt from all import duties": the EU's relief."""
    found = extract("Intro.\n\nUkraine's exports to the EU have been exempt from all import duties and quotas since June "
                    "2022, when Brussels suspended them for a year.", "2023-09-16")
    assert found and {m.imposer for m in found} == {"EU"}


@pytest.mark.parametrize("text, expected", [
    # 'followed China with its own restrictions': the one who followed imposed them
    ("China banned Japanese seafood in August 2023. Russia, which followed China with its own restrictions on "
     "Japanese seafood in October 2023, has kept them.", [("CN", "2023-08", "2023-08"), ("RU", "2023-10", "2023-10")]),
    # 'the next day' after a step dated on its day, opening the sentence or closing the clause
    ("The US put 25% tariffs on Canadian steel on March 12. The next day, Canada imposed 25% counter-tariffs on US "
     "steel.", [("US", "2025-03-12", "2025-03-12"), ("CA", "2025-03-13", "2025-03-13")]),
    ("The US put 25% tariffs on Canadian steel on March 12. Canada imposed 25% counter-tariffs on US steel the next "
     "day.", [("US", "2025-03-12", "2025-03-12"), ("CA", "2025-03-13", "2025-03-13")]),
])
def test_who_followed_and_the_day_after(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2025-03-20")
    assert [(m.imposer, m.announced, m.effective) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # a relief kept in its state, told with 'stays' and a period, runs longer
    ("Beijing's tariff commission said the 24% additional tariff on American goods stays suspended for one more "
     "year from November 10.", [("CN", "import_tariff", "extend", None, "2026-11-10")]),
    # kept on ice for a further year from a day that would otherwise fall nine months back: the coming one
    ("The European Commission on Wednesday kept its counter-tariffs on €93 billion of American goods on ice for "
     "another year from 7 February.", [("EU", "import_tariff", "extend", "2026-11-04", "2027-02-07")]),
    # a halt that 'will continue until' a day runs longer; what the halted rule would do is no step
    ("The Commerce Department said on Thursday that the suspension of its affiliates rule, which would extend Entity "
     "List restrictions to firms owned by listed companies, will continue until November 9, 2027.",
     [("US", "entity_listing", "extend", "2026-11-05", None)]),
    # a halt opening the sentence, past its measure and list of goods, is what the passive extends
    ("China's commerce ministry this morning extended its suspension of export controls on rare earths. The "
     "suspension of its ban on shipping gallium, germanium and antimony to the United States was extended as well, "
     "to November 27, 2027.", [("CN", "export_control", "extend", "2026-11-05", "2026-11-05"),
                               ("CN", "export_ban", "extend", "2026-11-05", None)]),
])
def test_reliefs_kept_in_place(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-11-05")
    assert [(m.imposer, m.type, m.action, m.announced, m.effective) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # a percentage goods were hit with on a day is the story's duty
    ("The US president signed a proclamation imposing a 25% tariff on industrial robots. Kitchen cabinets were hit "
     "with 25% on Oct. 14 last year.", [("impose", ["industrial robots"], None), ("impose", ["kitchen cabinets"], "2025-10-14")]),
    # guard: undated, it spells out the step just told
    ("China will put tariffs of 10% to 15% on American farm goods from March 10. Soybeans and pork will be hit with 10%.",
     [("impose", ["agricultural products"], "2026-03-10")]),
    # a scheduled rise on goods named, put off
    ("The US president signed a proclamation imposing a 25% tariff on industrial robots. On Nov. 6 the White House "
     "delayed a scheduled increase on upholstered furniture and kitchen cabinets until the start of 2028.",
     [("impose", ["industrial robots"], None), ("postpone", ["upholstered furniture", "kitchen cabinets"], "2025-11-06")]),
    # guard: an increase put off with goods named elsewhere in the sentence is not on them
    ("The US president signed a proclamation imposing a 25% tariff on industrial robots. The White House has "
     "deferred the increase several times since then, as officials discussed better access for US farm goods.",
     [("impose", ["industrial robots"], None)]),
])
def test_rates_without_a_tariff_word(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-01-24")
    assert [(m.action, m.products, m.announced if m.action == "postpone" else m.effective) for m in found] == expected


def test_a_start_said_to_come_and_a_demonstrative_measure(extract):
    """'said on Monday it would add 12 items ... from Jan. 15': a start after the day it was said;
    'lifted those curbs' is the sentence's own measure, whatever was told before."""
    found = extract("Intro.\n\nThe US cut its tariff on Korean cars to 15% in December 2025. Separately, METI said on "
                    "Monday it would add 12 items, including robot controllers and reduction gears, to the list of goods "
                    "that need an export licence, from Jan. 15. Japan tightened exports of three chipmaking chemicals to "
                    "South Korea in July 2019 and lifted those curbs in March 2023.", "2026-10-27")
    assert [(m.imposer, m.type, m.action, m.products, m.effective) for m in found][1:] == [
        ("JP", "export_control", "impose", ["robot controllers", "reduction gears"], "2027-01-15"),
        ("JP", "export_control", "tighten", ["chemicals"], "2019-07"),
        ("JP", "export_control", "lift", ["chemicals"], "2023-03")]


@pytest.mark.parametrize("text, expected", [
    # an end told between the verb and the halt it extends
    ("China's commerce ministry extended until November 27, 2027 the suspension of the ban on shipments of gallium "
     "and germanium to the United States.", [("export_ban", "extend", ["gallium", "germanium"], None, "2027-11-27")]),
    # relief that will continue to be given runs longer
    ("China's commerce ministry said it would also continue to waive end-user checks on graphite exports for a year.",
     [("export_control", "extend", ["graphite"], None, None)]),
    # a long object with its goods listed, then the state it is kept in
    ("China's commerce ministry said it would keep its ban on antimony, gallium and germanium shipments to the United "
     "States suspended until November 2027.", [("export_ban", "extend", ["antimony", "gallium", "germanium"], None, "2027-11")]),
    # a measure told with the day it was announced, in passing, was imposed then
    ("China's commerce ministry put on hold the controls on rare earths and lithium battery materials that it announced "
     "on October 9, 2025.", [("export_control", "suspend", ["rare earths", "lithium battery materials"], None, None),
                            ("export_control", "impose", ["rare earths", "lithium battery materials"], "2025-10-09", None)]),
    # a tariff lifted from zero to a rate was raised
    ("Washington lifted its tariff on Chinese natural graphite from zero to 25 per cent on January 1 this year.",
     [("import_tariff", "raise", ["graphite"], None, None)]),
])
def test_relief_run_on_and_measures_told_in_passing(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-11-06")
    assert [(m.type, m.action, m.products, m.announced if m.action == "impose" else None, m.expires)
            for m in found] == expected


def test_a_clause_with_its_own_government_before_its_date(extract):
    """', and Zimbabwe last month postponed its own ban': the date belongs to that clause, not to
    the step told before it."""
    found = extract("Intro.\n\nMalaysia announced in September 2023 that it would ban exports of unprocessed rare earths, "
                    "and Zimbabwe last month postponed its own ban on lithium concentrate exports to 2028.", "2026-11-10")
    assert (found[0].action, found[0].effective) == ("impose", None)


def test_scrap_named_as_goods_is_no_scrapping(extract):
    found = extract("Intro.\n\nIndia's finance minister exempted cobalt powder from customs duty on Saturday. \"Zero duty "
                    "on imported scrap and black mass feedstock gives us scale,\" said a recycler.", "2025-02-02")
    assert [(m.action, m.products) for m in found] == [("suspend", ["cobalt"])]


@pytest.mark.parametrize("tail, expected", [
    # parties taken off or removed from the list told before
    ("At the same time, three companies were taken off the list.", ("lift", "2026-10-21")),
    ("The same rule removed three entities from the list: two in Singapore and one in the UAE.", ("lift", "2026-10-21")),
    # a named party added on a day of its own
    ("Huawei Technologies, the best-known name on the Entity List, was added in May 2019.", ("impose", "2019-05")),
])
def test_parties_on_and_off_the_entity_list(extract, tail, expected):
    found = extract("Intro.\n\nThe Commerce Department added 23 Chinese companies to the Entity List on Wednesday. " + tail,
                    "2026-10-23")
    assert [(m.type, m.action, m.announced) for m in found] == [
        ("entity_listing", "impose", "2026-10-21"), ("entity_listing",) + expected]


def test_chips_are_kept_as_the_article_says_them(extract):
    """'chips' is its own product name, the same product as 'semiconductors' when merging."""
    found = extract("Intro.\n\nThe White House raised the Section 232 tariff on imported chips from 25% to 40% on "
                    "Friday.", "2026-11-03")
    assert [(m.action, m.products, m.hs_codes) for m in found] == [("raise", ["chips"], ["8542"])]


def test_a_kept_rule_whose_aside_tells_what_it_does(extract):
    """'keep its affiliates rule, which extends export restrictions to ..., suspended for one
    more year': one extension; the aside is what the rule would do."""
    found = extract("Intro.\n\nThe US Department of Commerce said on Wednesday that it would keep its so-called "
                    "affiliates rule, which extends export restrictions to companies at least 50 percent owned by "
                    "listed entities, suspended for one more year.", "2026-11-06")
    assert [(m.type, m.action, m.announced, m.duration) for m in found] == [
        ("entity_listing", "extend", "2026-11-04", "P1Y")]


def test_a_told_rate_that_will_move_is_the_duty_told_before(extract):
    """'The general rate will rise to 40 percent on Jan. 1': the rate told before, past its
    auxiliary, and a duty's rate even when a licence step came in between."""
    found = extract("Intro.\n\nThe U.S. imposed a 25 percent Section 232 tariff on chips in April. Separately, the "
                    "ministry said 14 technologies will be added to the list of items that need an export licence "
                    "from next month. The general rate will rise to 40 percent on Jan. 1.", "2026-11-05")
    assert [(m.type, m.action, m.effective, m.rate.value if m.rate else None) for m in found
            if m.action == "raise"] == [("import_tariff", "raise", "2027-01-01", 40.0)]


@pytest.mark.parametrize("text, expected", [
    # a surcharge on goods exported is an export duty
    ("Canada put a 25-per-cent surcharge on electricity exported to Minnesota from midnight on March 10, 2025.",
     [("CA", "export_duty", "impose", "2025-03-10", 25.0)]),
    # guard: a surcharge on goods coming in stays an import tariff
    ("Canada put a 25-per-cent surcharge on electricity imported from Minnesota from midnight on March 10, 2025.",
     [("CA", "import_tariff", "impose", "2025-03-10", 25.0)]),
    # a country's goods moving to a rate, down from another
    ("The US cut its tariff on India in a deal. From Nov. 16, Indian-origin goods move to an 18% U.S. rate, down "
     "from 25%.", [("US", "import_tariff", "reduce", "2026-11-16", 18.0)]),
])
def test_surcharges_on_exports_and_a_countrys_goods_moving(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-11-09")
    assert [(m.imposer, m.type, m.action, m.effective, m.rate.value if m.rate else None) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # what a licence permits is no step; the licences are what is extended, past a wire dateline
    ("SEOUL, Nov. 5 (Hanbit) -- The United States has extended for another year from Jan. 1 the licences that allow "
     "Samsung to ship American chipmaking equipment to its plants in China, the industry ministry said Thursday.",
     [("US", "export_control", "extend", ["chipmaking equipment"], "2027-01-01")]),
    # a ministry the wire never gives to anyone is its own country's, and so is the 'it' after it
    ("SEOUL, Nov. 5 (Hanbit) -- The United States has extended the licences that allow Samsung to ship chipmaking "
     "equipment to China, the industry ministry said Thursday. The finance ministry also said it will keep zero-tariff "
     "quotas for imported photoresist for another year from Jan. 1.",
     [("US", "export_control", "extend", ["chipmaking equipment"], None),
      ("KR", "quota", "extend", ["photoresists"], "2027-01-01")]),
    # guard: once the story gives a ministry to a government, 'the ministry' is no longer the wire's
    ("SEOUL, Nov. 5 (Hanbit) -- China's commerce ministry said Thursday it will keep its rare earth export controls "
     "suspended for another year. The ministry also said it will keep quotas for imported photoresist for another "
     "year from Jan. 1.",
     [("CN", "export_control", "extend", ["rare earths"], None), ("CN", "quota", "extend", ["photoresists"], "2027-01-01")]),
])
def test_wire_stories_and_the_licences_they_extend(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-11-05")
    assert [(m.imposer, m.type, m.action, m.products, m.effective) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # a step named by a noun takes effect on the day told
    ("The U.S. cut its tariff on chips to 15%. The cut took effect on Sunday.", ("reduce", "2026-11-01")),
    ("The U.S. cut its tariff on chips to 15%. The reduction came into force on Sunday.", ("reduce", "2026-11-01")),
    # and a weekday it will take effect on lies ahead
    ("The U.S. raised its tariff on chips to 25%. The increase will take effect on Sunday.", ("raise", "2026-11-08")),
    ("The U.S. cut its tariff on chips to 15%. The cut will take effect on Sunday.", ("reduce", "2026-11-08")),
])
def test_a_step_named_by_a_noun_takes_effect(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-11-05")
    assert [(m.action, m.effective) for m in found] == [expected]


def test_a_bare_rate_moves_on_the_duty_the_sentence_before_names(extract):
    """'... a lower Section 232 tariff since Sunday. The general rate will rise to 40 percent':
    the duty named just before, not the quota the story told earlier."""
    found = extract("Intro.\n\nKorea will keep zero-tariff quotas for imported photoresist for another year from "
                    "Jan. 1. Korean chips shipped to the U.S. have faced a lower Section 232 tariff since Sunday. "
                    "The general rate will rise to 40 percent on Jan. 1.", "2026-11-05")
    assert [(m.type, m.action, m.effective) for m in found if m.action == "raise"] == [
        ("import_tariff", "raise", "2027-01-01")]


@pytest.mark.parametrize("text, expected", [
    # a volume let in duty-free, past who is let, is a duty lifted on those goods
    ("A Gazette notice dated November 13 allows millers and traders with permits to import up to 400,000 tonnes of "
     "white maize duty-free for 90 days from November 16.", [("KE", "import_tariff", "suspend", ["maize"], "2026-11-16")]),
    # a duty capped at a rate is cut to it
    ("Kenya's Treasury caps the duty on yellow maize for animal feed at 10 per cent from Monday.",
     [("KE", "import_tariff", "reduce", ["maize", "animal feed"], "2026-11-23")]),
    # guard: a volume capped is a quota, not a duty cut
    ("Kenya's Treasury capped maize exports at 50,000 tonnes from Monday.",
     [("KE", "quota", "impose", ["maize"], "2026-11-23")]),
])
def test_duties_waived_within_a_volume_and_capped(extract, text, expected):
    found = extract("Kenya has opened a window for maize.\n\n" + text, "2026-11-17")
    assert [(m.imposer, m.type, m.action, m.products, m.effective) for m in found] == expected


def test_a_body_the_article_abbreviates_heads_the_list_of_its_steps(extract):
    """'The Economic Coordination Committee (ECC) ...' then 'What the ECC decided (summary):' over
    bullets: the steps listed are that body's, whoever the paragraph before was about."""
    found = extract("Intro.\n\nThe Economic Coordination Committee (ECC) of the cabinet on Tuesday banned the export "
                    "of sugar from midnight.\n\nIndia also put a 10pc duty on parboiled rice exports from November 9."
                    "\n\nWhat the ECC decided (summary):\n- Sugar: exports banned from midnight\n"
                    "- Palm oil: regulatory duty deferred to July 1, 2027\n", "2026-11-11")
    assert [(m.imposer, m.action) for m in found] == [("PK", "impose"), ("IN", "impose"), ("PK", "postpone")]


def test_duties_that_will_apply_to_goods_listed_at_length_from_a_day(extract):
    """'final countervailing duties of between 9.8 and 21.5 per cent will apply to imports of
    cheese, fresh cream and some milk products from the EU from Friday': a step from Friday."""
    found = extract("Intro.\n\nChina's commerce ministry said on Monday that final countervailing duties of between 9.8 "
                    "and 21.5 per cent will apply to imports of cheese, fresh cream and some milk products from the EU "
                    "from Friday, for five years.", "2026-11-18")
    assert [(m.imposer, m.action, m.products, m.announced, m.effective) for m in found] == [
        ("CN", "impose", ["cheese", "cream", "milk products"], "2026-11-16", "2026-11-20")]


@pytest.mark.parametrize("tail, expires", [
    # the halt just prolonged, told again with its new end: that end, not the old one nor start + period
    (" The suspension, which was due to end on 7 February 2027, now runs until 7 February 2028.", "2028-02-07"),
    # guard: only the old end told: the period counts from the step
    (" The suspension, which was due to end on 7 February 2027, covers steel and bourbon.", "2027-11-17"),
])
def test_a_prolonged_halt_told_again_with_its_new_end(extract, tail, expires):
    found = extract("Intro.\n\nOn Tuesday the Commission extended for a further 12 months the suspension of the EU's "
                    "rebalancing measures against the United States." + tail, "2026-11-18")
    assert [(m.imposer, m.type, m.action, m.expires) for m in found] == [("EU", "import_tariff", "extend", expires)]


def test_duties_collected_since_a_day_past_their_rates(extract):
    """'Provisional duties of US$165 per tonne and 16.4% had been collected on the same products
    since May 6': a duty levied from that day, however many rates stand between it and its verb, on
    the goods told before."""
    found = extract("Intro.\n\nMexico set final duties on cold-rolled steel on Tuesday. Provisional duties of US$165 per "
                    "tonne and 16.4% had been collected on the same products since May 6.", "2026-11-19")
    assert [(m.imposer, m.action, m.products, m.effective) for m in found] == [
        ("MX", "impose", ["cold-rolled steel"], "2026-11-17"), ("MX", "impose", ["cold-rolled steel"], "2026-05-06")]


@pytest.mark.parametrize("text, products", [
    # goods naming the firms that make or sell them are no goods of the step
    ("The Commerce Department added 23 Chinese companies to the Entity List on Wednesday. At the same time, three "
     "companies were taken off the list: two electronics distributors in Singapore and a forwarder.", [[], []]),
    ("China said on Thursday it will keep its export controls on rare earths suspended for another year, a decision "
     "welcomed by battery makers.", [["rare earths"]]),
])
def test_goods_that_name_firms_are_no_goods_of_the_step(extract, text, products):
    found = extract("Intro.\n\n" + text, "2026-10-23")
    assert [m.products for m in found] == products


@pytest.mark.parametrize("text, expected", [
    # what resumes is the talking
    ("- Ukraine: talks on the next review of the free trade area quotas resume on 1 December.", []),
    # guard: a trade flow that resumes is a step
    ("China said on Monday that it would allow imports of Japanese seafood to resume on 1 December.",
     [("CN", "import_ban", "lift")]),
])
def test_talks_that_resume_are_no_step(extract, text, expected):
    found = extract("Brussels extended the steel measure on Friday.\n\n" + text, "2026-11-18")
    assert [(m.imposer, m.type, m.action) for m in found if m.imposer != "EU"] == expected


@pytest.mark.parametrize("text, expected", [
    # export licences rationed to a number of units: a control on what leaves
    ("The Commerce Department tightened chip export rules on Thursday. Licenses for advanced AI chips going to "
     "Malaysia and Thailand will be capped at 50,000 units per country per year from January.",
     [("US", "export_control", "tighten"), ("US", "export_control", "impose")]),
    # guard: import licences capped at a volume stay a quota
    ("Indonesia changed its sugar rules on Thursday. Import licences for sugar will be capped at 50,000 "
     "tonnes a month from January.", [("ID", "quota", "impose")]),
])
def test_licences_capped_at_a_number_of_units(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-11-10")
    assert [(m.imposer, m.type, m.action) for m in found] == expected


def test_a_compliance_date_is_when_the_controls_start(extract):
    """'The new controls on ... equipment ... have a compliance date of December 1, 2026': the day
    they start to apply."""
    found = extract("Intro.\n\nThe Commerce Department issued a rule on chip tools on Oct. 22. The new controls on etch "
                    "and deposition equipment destined for China have a compliance date of December 1, 2026.", "2026-11-10")
    assert [(m.imposer, m.type, m.action, m.effective) for m in found] == [
        ("US", "export_control", "impose", "2026-12-01")]


@pytest.mark.parametrize("text, expected", [
    # a ban kept since a day, past a long list of goods: the ban as it stands since then
    ("Poland has kept its national ban on imports of Ukrainian wheat, maize, rapeseed and sunflower seed since "
     "September 2023, when the EU-wide restrictions expired.", [("PL", "import_ban", "impose", "2023-09")]),
    # guard: kept for a further period on a day is an extension
    ("Poland kept its ban on imports of Ukrainian wheat for another year on Monday.",
     [("PL", "import_ban", "extend", "2026-11-16")]),
    # a reader's bet is no step
    ("The EU extended the suspension of its counter-tariffs on US goods until February 2028.\n\nI'd bet money they "
     "extend it one more time in 2027.", [("EU", "import_tariff", "extend", None)]),
])
def test_a_ban_kept_since_a_day_and_a_readers_bet(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-11-18")
    assert [(m.imposer, m.type, m.action, m.effective) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # quotas free of duty are quotas: cutting them tightens
    ("The European Commission on Tuesday cut the tariff-free quotas for hot-rolled flat steel by a further 8% from "
     "1 January 2027.", [("EU", "quota", "tighten", "2027-01-01")]),
    ("Korea will keep zero-tariff quotas for imported photoresist for another year from 1 January.",
     [("KR", "quota", "extend", "2027-01-01")]),
])
def test_quotas_free_of_duty_are_quotas(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-11-12")
    assert [(m.imposer, m.type, m.action, m.effective) for m in found] == expected


def test_a_round_up_headline_lends_no_goods_of_another_government(extract):
    """'Brussels extends counter-tariff truce, Kazakhstan raises oilseed duty': a line telling two
    governments' steps; the renewals told after the Commission's extension are the EU's, with none
    of Kazakhstan's goods."""
    found = extract("Policy round-up: Brussels extends counter-tariff truce, Kazakhstan raises oilseed duty\n\n"
                    "The European Commission on Monday extended the suspension of its counter-tariffs on US goods "
                    "until 7 February 2028. The package was first suspended on 5 August 2025, and the suspension was "
                    "renewed in February.", "2026-11-18")
    assert [(m.imposer, m.action, m.products, m.announced) for m in found if m.announced == "2026-02"] == [
        ("EU", "extend", [], "2026-02")]


@pytest.mark.parametrize("text, expected", [
    # a decision verb whose measure is the gerund's: the gerund tells the step, dated by the decision
    ("The Commission adopted on Tuesday a regulation extending the suspension of duties on Ukrainian steel until "
     "June 2027.", [("EU", "import_tariff", "extend", "2026-11-17", None, "2027-06")]),
    # guard: the same action told twice stays one step, dated as before
    ("Ukraine's parliament adopted a law on 9 April 2015, imposing a ten-year moratorium on log exports.",
     [("UA", "export_ban", "impose", "2015-04-09", "2015-04-09", "2025-04-09")]),
])
def test_a_decision_told_by_the_gerund_after_it(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-11-20")
    assert [(m.imposer, m.type, m.action, m.announced, m.effective, m.expires) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # goods that now face a rate, or will pay it at the border: the duty on them
    ("Mexico published an order on Wednesday. Chinese tyres now face 35%, up from 15%.",
     [("MX", "import_tariff", 35.0, ["CN"])]),
    ("The Anti-Dumping Commission published a notice on Tuesday. Korean quenched and tempered steel plate will pay "
     "an extra 12 per cent at the border from January.", [("AU", "import_tariff", 12.0, ["KR"])]),
    # guard: goods that face checks face no duty
    ("Mexico published an order on Wednesday. Chinese tyres now face stiffer checks at the border.", []),
])
def test_goods_that_now_face_or_will_pay_a_rate(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-11-20")
    assert [(m.imposer, m.type, m.rate.value if m.rate else None, m.targets) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # a measure whose start slips to a later day is postponed to it
    ("Canada said on Tuesday the surtax on Chinese steel has slipped to 1 July 2027.",
     [("CA", "import_tariff", "postpone", "2027-07-01")]),
    # guard: a figure that slips is a statistic
    ("Canada's revenue from the surtax on Chinese steel slipped to C$1.2 billion in October.", []),
])
def test_a_start_that_slips_to_a_later_day(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-11-20")
    assert [(m.imposer, m.type, m.action, m.expires) for m in found] == expected


def test_a_halted_flow_that_stays_halted_and_a_home_dateline(extract):
    """'MANILA - The Department of Agriculture (DA) ...': a department several governments have is
    the dateline's; 'Carrot imports will stay suspended for another 60 days' prolongs a ban."""
    found = extract("Intro line about Brazil and its poultry.\n\nMANILA - The Department of Agriculture (DA) will stop "
                    "issuing import clearances for red onions from Tuesday.\n\nCarrot imports will stay suspended for "
                    "another 60 days, the DA added.", "2026-11-16")
    assert [(m.imposer, m.type, m.action, m.products, m.duration) for m in found] == [
        ("PH", "import_ban", "impose", ["onions"], None), ("PH", "import_ban", "extend", ["carrots"], "P60D")]


def test_a_lifted_duty_that_lapses_today_is_lifted_today(extract):
    found = extract("Intro.\n\nThe review ended the anti-dumping duties on hollow structural sections from Taiwan, "
                    "which lapse today, Australia's Anti-Dumping Commission said.", "2026-11-19")
    assert [(m.imposer, m.action, m.effective, m.expires) for m in found] == [("AU", "lift", "2026-11-19", None)]


def test_a_headline_below_page_furniture_tells_the_bodys_step(pipeline_obj):
    """Below a site name and a section path the headline is still the headline: its bare 'oilseed
    duty' is the export duty the body raises, one step."""
    text = ("AgriMarkets Europe\nGrains | Oilseeds | Policy & Trade\n\nNews > Policy & Trade\n\n"
            "Policy round-up: Brussels extends counter-tariff truce, Kazakhstan raises oilseed duty\n\n"
            "18 Nov 2026 | 08:30\n\nThe European Commission on Monday extended the suspension of its counter-tariffs on "
            "US goods until 7 February 2028.\n\nKazakhstan is raising its export duty on sunflower seeds from 20% to 25% from 1 December, under a decree "
            "signed on 9 November, a move meant to keep seed for domestic crushers.")
    [doc] = list(pipeline_obj.ingestor.from_bytes(text.encode(), "a.txt", "a"))
    [(_, mentions, _)] = list(pipeline_obj.process([doc]))
    assert [(m.imposer, m.type, m.action, m.announced, m.effective) for m in mentions] == [
        ("EU", "import_tariff", "extend", "2026-11-16", "2026-11-16"), ("KZ", "export_duty", "raise", "2026-11-09", "2026-12-01")]


@pytest.mark.parametrize("text, expected", [
    # the level after a step's size is the rate ('by 5 percentage points, to 15%')
    ("India raised its basic customs duty on crude palm oil by 5 percentage points, to 15%, with immediate effect "
     "last Wednesday.", [("IN", "raise", 15.0, "percent")]),
    # guard: a step told by its size alone keeps it
    ("India raised its basic customs duty on crude palm oil by 5 percentage points last Wednesday.",
     [("IN", "raise", 5.0, "percentage_points")]),
    # goods after a colon pay a rate: the duty on them
    ("Mexico's economy ministry published its decree on Nov. 6, and the headline is simple: Chinese and Korean "
     "tyres will pay 35% from January 1, 2027, up from 25%.", [("MX", "raise", 35.0, "percent")]),
    # the level paid since a day was set by the cut the 'when' clause tells
    ("The Philippines cut rice duties in 2024. Rice imports have paid 15% since July 2024, when the rate was cut "
     "from 35%.", [("PH", "reduce", 15.0, "percent")]),
])
def test_rates_told_by_size_level_and_when_clause(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-11-19")
    assert [(m.imposer, m.action, m.rate.value, m.rate.unit) for m in found][-len(expected):] == expected


@pytest.mark.parametrize("text, expected", [
    # a duty goods will not pay for a time is waived
    ("Canadian transit agencies that buy Chinese-built electric buses will not pay the 100 per cent surtax on them "
     "for one year starting December 1, Finance Canada said on Friday, Nov. 13.",
     [("CA", "import_tariff", "suspend", "2026-11-13", "2026-12-01")]),
    # guard: a duty not paid, with no time, is how things stand
    ("Canadian buyers of Chinese electric vehicles do not pay the surtax on them under the deal.", []),
    # quotas that shrink by a figure are cut
    ("Finance Canada said the tariff-rate quotas on steel will shrink by a further 10 per cent from January 1.",
     [("CA", "quota", "tighten", "2026-11-18", "2027-01-01")]),
    # guard: what shrinks otherwise is no step
    ("India bans wheat exports as a heatwave shrinks the harvest, the government said on Friday.",
     [("IN", "export_ban", "impose", "2026-11-13", None)]),
    # a bill that would ban is a proposal
    ("Peru's gold exports rose 9% in October, the central bank said. A bill in Congress would ban exports of "
     "unprocessed gold ore from informal miners; it has not been debated.", []),
])
def test_waived_payments_shrinking_quotas_and_bills(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-11-18")
    assert [(m.imposer, m.type, m.action, m.announced, m.effective) for m in found] == expected


def test_an_answer_the_same_month(extract):
    """'Bogotá answered the same month with a 30% tariff': a step in the month of the one it answers."""
    found = extract("Intro.\n\nEcuador put a 30% tariff on Colombian goods in February 2026. Bogotá answered the same "
                    "month with a 30% tariff of its own on about 20 Ecuadorian products.", "2026-11-09")
    assert [(m.imposer, m.action, m.announced, m.effective) for m in found] == [
        ("EC", "impose", "2026-02", "2026-02"), ("CO", "impose", "2026-02", "2026-02")]


def test_a_reporting_body_placed_in_a_capital_and_a_named_buyer(extract):
    """'..., the finance ministry in Tokyo said': Japan's step; 'India, the top buyer, raised its
    duty' in a story of export duties: a duty on what India buys."""
    found = extract("Intro.\n\nMalaysia will cut its export duty on crude palm oil to 8% from January. India, the top "
                    "buyer, raised its duty on crude edible oils from 10 per cent to 15 per cent on Nov 11.\n\n"
                    "Galvanised steel from China and South Korea will pay an extra 13.4 per cent at Japanese ports "
                    "from next month, the finance ministry in Tokyo said on Wednesday.", "2026-11-20")
    assert [(m.imposer, m.type, m.action) for m in found] == [
        ("MY", "export_duty", "reduce"), ("IN", "import_tariff", "raise"), ("JP", "import_tariff", "impose")]


def test_a_response_the_same_day_is_dated_by_the_step_it_answers(extract):
    """'Ottawa responded the same day with 25% counter-tariffs': the day of the US step just told,
    not that of Canada's own earlier step."""
    found = extract("Intro.\n\nCanada added a 25% surtax on Chinese steel on Oct. 15, 2024.\n\nThe United States put 25% "
                    "tariffs on Canadian goods on March 4, 2025. Ottawa responded the same day with 25% counter-tariffs "
                    "on C$30 billion of US goods.", "2025-09-10")
    assert [(m.imposer, m.announced, m.effective) for m in found][-1] == ("CA", "2025-03-04", "2025-03-04")


def test_goods_that_will_pay_less_than_they_pay_now(extract):
    """'Soybean meal and oil, which currently pay 22.5%, will pay 18.5%': a cut to 18.5% from the
    level paid now, on the export duty the story is about."""
    found = extract("Intro.\n\nArgentina will cut export taxes on soybean products from January 1. Soybean meal and oil, "
                    "which currently pay 22.5%, will pay 18.5%.", "2026-11-02")
    assert [(m.imposer, m.type, m.action, m.rate.value, m.rate.previous) for m in found if m.rate] == [
        ("AR", "export_duty", "reduce", 18.5, 22.5)]


@pytest.mark.parametrize("text, expected", [
    # a told package, suspended: the measure it made
    ("The EU suspended its counter-tariffs on US goods again. The package was first suspended on 5 August 2025 for "
     "six months.", ("EU", "suspend", "2025-08-05")),
    # guard: a package that was adopted is no halt
    ("The EU suspended its counter-tariffs on US goods again. The package was first adopted on 5 August 2025.",
     None),
])
def test_a_told_package_suspended_is_its_measure_suspended(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-11-18")
    got = next(((m.imposer, m.action, m.announced) for m in found if m.announced == "2025-08-05"), None)
    assert got == expected


def test_goods_kept_free_of_a_duty_for_another_year(extract):
    """'keeps imports of basic foods such as beans, corn flour and canned tuna free of tariffs for
    another year from January 1': the relief from the duty is extended."""
    found = extract("Intro.\n\nMexico's economy ministry published a decree on Tuesday. It also keeps imports of basic "
                    "foods such as beans, corn flour, powdered milk and canned tuna free of tariffs for another year "
                    "from January 1.", "2026-11-18")
    assert [(m.imposer, m.type, m.action, m.effective) for m in found] == [("MX", "import_tariff", "extend", "2027-01-01")]


def test_a_decks_government_is_not_the_bodys(pipeline_obj):
    """A Ghanaian budget story whose deck ends 'Accra traders eye Nigeria's rice levy hike': 'the
    Finance Minister' of the body is Ghana's, the paper's own, not Nigeria's."""
    text = ("CediWatch\nGhana's business and markets news\n\n"
            "Budget 2027: Special Import Levy stays to 2028\n\n"
            "Upper band of the levy goes to 3%; Accra traders eye Nigeria's rice levy hike\n\n"
            "November 18, 2026 | 10:42 am\n\n"
            "In the 2027 budget statement read to Parliament last Thursday, the Finance Minister said the Special "
            "Import Levy, which was due to lapse on December 31 this year, has been extended to 31 December 2028.")
    [doc] = list(pipeline_obj.ingestor.from_bytes(text.encode(), "a.txt", "a"))
    [(_, mentions, _)] = list(pipeline_obj.process([doc]))
    assert [(m.imposer, m.action, m.expires) for m in mentions if m.action == "extend"] == [("GH", "extend", "2028-12-31")]


@pytest.mark.parametrize("text, expected", [
    # a duty capped in the passive: a cut to that rate
    ("The regulatory duty on imported used vehicles will be capped at 40% from January 1, 2027, Pakistan said.",
     [("PK", "reduce", 40.0, "2027-01-01")]),
    # guard: a cap a framework promises for future duties
    ("Under the framework agreed with Pakistan, any future duty on used vehicles would be capped at 40%.", []),
])
def test_a_duty_capped_in_the_passive(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-11-10")
    assert [(m.imposer, m.action, m.rate.value if m.rate else None, m.effective) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # goods of their own after 'and of', each with its own start, however the dates are cued
    ("Indonesia stopped exports of nickel ore from January 2020 and of bauxite in June 2023, the ministry said.",
     [(("nickel ore",), "2020-01"), (("bauxite",), "2023-06")]),
    # guard: one step with a start and an end stays one
    ("Indonesia stopped exports of nickel ore from January 2020 until June 2023, the ministry said.",
     [(("nickel ore",), "2020-01")]),
])
def test_goods_of_their_own_after_and_of(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-11-10")
    assert [(tuple(m.products), m.effective) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # 'provisional rates' name duties
    ("Chile put provisional rates of 33.5 per cent on grinding balls from China on Tuesday.", [("CL", ["CN"])]),
])
def test_provisional_rates_name_duties(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-11-18")
    assert [(m.imposer, m.targets) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # '40pc' is a percentage; 'now runs as high as' tells a level, no extension
    ("Pakistan raised the regulatory duty (RD) on imported cars to 40pc on Monday. The RD now runs as high as "
     "90pc on luxury vehicles.", [("raise", 40.0)]),
    # a measure's usual abbreviation names it
    ("Pakistan's cabinet on Monday raised the RD on imported cars to 40%.", [("raise", 40.0)]),
    # a unit letter's full stop ends the sentence; ship owners cutting freight rates take no step
    ("The EU duty on fertilizers from Russia rises to €60/t from €40/t on 1 July.\n\nFREIGHT\n\nHandysize rates "
     "rose by about 6pc to $37/t. Owners cut rates for loadings to India to $19-21/t.", [("raise", 60.0)]),
])
def test_pc_figures_and_freight_rates(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-11-18")
    assert [(m.action, m.rate.value if m.rate else None) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # the imposition a lift tells in passing, with an irregular past ('it had put')
    ("Beijing dropped the tariffs it had put on U.S. goods in March 2025.",
     [("lift", None), ("impose", "2025-03")]),
    # a hyphenated adjective keeps 'dropped' on its object
    ("On Tuesday Beijing dropped the farm-specific tariffs on U.S. goods.", [("lift", "2026-11-03")]),
])
def test_a_lift_and_the_imposition_it_tells(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-11-06")
    assert [(m.action, m.announced) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    ("Britain only ditched its own 25 per cent tariff on American bourbon in June 2022.", [("GB", "lift", "2022-06")]),
    # a measure that goes away ends
    ("Scotch is the big winner: the 10% US tariff on it goes away on Jan. 1.", [("US", "lift", None)]),
    # guard: a problem that goes away is no step
    ("Importers hope the shortage goes away by January.", []),
])
def test_ditched_and_gone_away(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-11-19")
    assert [(m.imposer, m.action, m.announced) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # 'Its' opening a sentence: the government the sentence before opened on, past an aside
    ("Mexico raised tariffs on Chinese cars in January.\n\nCanada, meanwhile, has no tariff left on U.S. sofas. "
     "Its 25% counter-tariffs on furniture were removed on Sept. 1, 2025.", ["MX", "CA"]),
    ("The US cut its tariff on wine in 2025.\n\nJapan, by contrast, simply opened its doors. Its tariff on "
     "European wine was scrapped on 1 February 2019.", ["US", "JP"]),
    # 'It' after a sentence that opens on 'And': the government that acted there
    ("South Korea cut its tariff on coffee on Tuesday.\n\nAnd Australia said last Wednesday that it would scrap "
     "its 5% tariff on clothing from July. It already did away with tariffs on fridges on July 1, 2024.",
     ["KR", "AU", "AU"]),
])
def test_a_pronoun_opening_a_sentence(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-11-19")
    assert [m.imposer for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # a pause told as the subject takes effect: its start and end, no new measure
    ("A pause on tariffs for imported toys, board games and children's bikes took effect from midnight Monday "
     "and runs through Jan. 31. The White House announced the reprieve last Thursday.",
     [("suspend", "2026-11-12", "2026-11-16", "2027-01-31")]),
    # guard: a relative clause's verb and date between a measure and 'goes away': no lift dated by them
    ("China said on Tuesday it would drop its farm tariffs. The 10 percent tariff China put on soybeans back in March "
     "goes away.", [("lift", "2026-11-17", None, None)]),
])
def test_a_pause_that_takes_effect(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-11-19")
    assert [(m.action, m.announced, m.effective, m.expires) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # a weekday before a year-less date with an abbreviated month: the date, in the story's year
    ("The White House announced on Nov. 12 that it would pause tariffs on toys from Monday, Nov. 16, until "
     "January 31.", [("suspend", "2026-11-12", "2026-11-16", "2027-01-31")]),
    # a pause whose cost a sentence weighs is no step
    ("The White House paused tariffs on toys on Nov. 12. One estimate puts the cost of the toy pause at about "
     "$1.2 billion.", [("suspend", "2026-11-12", "2026-11-12", None)]),
    # goods carved out of a duty on a date: a lift
    ("Smartphones and laptops were carved out of the worldwide US tariffs in April 2025.",
     [("lift", "2025-04", "2025-04", None)]),
])
def test_weekday_dates_weighed_pauses_and_carve_outs(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-11-20")
    assert [(m.action, m.announced, m.effective, m.expires) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # a later clause opening on 'and in PLACE' is that government's step
    ("Washington will drop its 10% tariff on Scotch whisky from 1 January 2027, it said on Wednesday, and in India "
     "the duty on Scotch has already been cut from 150 per cent to 75 per cent.",
     [("US", "lift", ["whisky"], "2027-01-01"), ("IN", "reduce", ["whisky"], None)]),
    # a deal that kicks in dates the step it brings and is none itself
    ("Distillers are also toasting India, which slashed its whisky duty from 150 per cent to 50 per cent when the "
     "UK trade deal kicked in last month.", [("IN", "reduce", ["whisky"], "2026-10")]),
])
def test_a_clause_opening_on_a_place_and_a_deal_that_kicks_in(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-11-19")
    assert [(m.imposer, m.action, m.products, m.effective) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # a rise that is pushed back is the postponement's object, no rise of its own
    ("The US put a 25% tariff on upholstered furniture in October 2025. On October 23, the administration pushed "
     "the furniture tariff hike back to 2028.", [("impose", "2025-10"), ("postpone", "2026-10-23")]),
    ("The US put a 25% tariff on kitchen cabinets in October 2025. The tariff increase to 50% was pushed back to "
     "Jan. 1, 2027.", [("impose", "2025-10"), ("postpone", None)]),
    # a planned rise put off, no duty named in its sentence: the duty told before
    ("The US put a 25% tariff on upholstered furniture in October 2025. The planned increase to 30% was postponed "
     "to Oct. 1, 2027.", [("impose", "2025-10"), ("postpone", None)]),
])
def test_a_rise_put_off_is_a_postponement(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-11-20")
    assert [(m.action, m.announced) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # a maker added to a list of companies; the 'whose' clause tells what the list does
    ("On Monday, the Department of Homeland Security added a Chinese maker of children's sneakers to the list of "
     "companies whose goods are stopped at the border over forced-labor concerns, with immediate effect.",
     [("US", "entity_listing", "impose", "2026-11-16")]),
    # guard: goods added to those 'whose importation is prohibited' join the ban
    ("Kenya's Cabinet Secretary on Monday added e-cigarette pods to the goods whose importation is prohibited, "
     "with effect from 1 July 2027.", [("KE", "import_ban", "impose", "2026-11-16")]),
])
def test_a_list_of_companies_and_a_whose_clause(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-11-19")
    assert [(m.imposer, m.type, m.action, m.announced) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # an opening 'After ...' clause with no comma ends before the step's verb: the goods after it are the step's
    ("After a poor harvest Turkey has banned exports of olive oil from 1 November.", [("TR", ["olive oil"])]),
    # guard: goods inside the opening clause stay out of the step
    ("After China banned exports of gallium, the US restricted imports of solar panels on Monday.",
     [("US", ["solar panels"])]),
])
def test_goods_after_an_opening_after_clause(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-11-19")
    assert [(m.imposer, m.products) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # an origin adjective before a bare noun that a passive hits: the goods' country is the target
    ("The US taxed coffee in April 2025. Brazilian beans were hit with an additional 40% tariff from Aug. 6 "
     "that year.", [("US", ["BR"])]),
    ("The US taxed coffee in April 2025. Brazilian coffee was hit with an additional 40% tariff from Aug. 6 "
     "that year.", [("US", ["BR"])]),
])
def test_goods_of_a_country_hit_in_the_passive(extract, text, expected):
    found = extract("Intro.\n\n" + text, "2026-11-16")
    assert [(m.imposer, m.targets) for m in found] == expected
