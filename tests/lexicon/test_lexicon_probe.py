"""Held-out-style probe of the built-in lexicon: English-only rules against Arabic news.

Desk editors who read no Arabic write rules in bare English words
(``all: [Iran, sanctions]``); the Arabic press is found only through the
built-in lexicon. This file measures that reach on sentences written for it
(none copied from the evaluation articles), phrased the way Arabic wire copy
(Reuters, AFP, Anadolu, Sputnik Arabic) states each act: verb forms, plurals,
clitics and set phrases, plus an English sentence or two. Every concept also has
negative sentences, where a word of the concept stands in another sense.

Kinds of probe:

- ``P``  must be found;
- ``N``  must not be found (a word of the concept in another sense);
- ``XP`` a known miss: asserted NOT found, with the engine change it needs;
- ``XN`` a known false alarm: asserted found, with the reason it is accepted
  or the engine change it needs.

An ``XP``/``XN`` that starts to behave fails the test on purpose: move it to
``P``/``N`` then. ``uv run python tests/lexicon/test_lexicon_probe.py`` prints
found / positives and false alarms / negatives per group and per language.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass

import pytest


@dataclass(frozen=True)
class Probe:
    group: str
    terms: tuple[str, ...]  # one term: `match: term`; more: `all: [...]` within a sentence
    text: str
    expect: bool  # found?
    kind: str  # P, N, XP, XN
    why: str = ""


PROBES: list[Probe] = []
_group = ""


def group(name: str) -> None:
    global _group
    _group = name


def P(terms, text):
    PROBES.append(Probe(_group, _t(terms), text, True, "P"))


def N(terms, text):
    PROBES.append(Probe(_group, _t(terms), text, False, "N"))


def XP(terms, text, why):
    PROBES.append(Probe(_group, _t(terms), text, False, "XP", why))


def XN(terms, text, why):
    PROBES.append(Probe(_group, _t(terms), text, True, "XN", why))


def _t(terms) -> tuple[str, ...]:
    return (terms,) if isinstance(terms, str) else tuple(terms)


# Reasons shared by several known misses and false alarms.
SENSE = "word sense needs context (a sports, economic or figurative use of the same word): engine, not lexicon"
CAPITAL = (
    "a capital standing for its country (Washington, Tehran) is a separate entity: needs an engine "
    "option letting a country term match its capital as metonym"
)
GAP = "a set phrase broken by a number or a noun between its words: needs gap-tolerant phrase matching"

# --- concepts ------------------------------------------------------------------------

group("withdrawal")
P(("Russia", "withdrawal", "Syria"), "وبدأت روسيا سحب جزء من قواتها المتمركزة في سوريا، بحسب مصادر ميدانية.")
P(("Israel", "withdrawal"), "انسحب الجيش الإسرائيلي من مخيم جنين بعد عملية عسكرية استمرت عشرة أيام.")
P(
    ("Burkina Faso", "withdrawal", "ECOWAS"),
    "أعلنت مالي والنيجر وبوركينا فاسو انسحابها الفوري من المجموعة الاقتصادية لدول غرب أفريقيا.",
)
P(("France", "withdrawal", "Niger"), "أكملت فرنسا سحب آخر جنودها من النيجر، وفق هيئة الأركان الفرنسية.")
P(("United States", "withdrawal", "Iraq"), "The United States will withdraw its remaining troops from Iraq by September.")
P(("United States", "withdrawal", "Iraq"), "The United States plans to pull its troops out of Iraq next year.")
XN(
    "withdrawal",
    "تلبدت السماء بالسحب الكثيفة وتوقعت الأرصاد هطول أمطار غزيرة على المرتفعات.",
    SENSE + " (سحب: clouds). Bare سحب stays: the press writes the verb before its subject (سحبت روسيا قواتها)",
)
N(("Syria", "withdrawal"), "خرجت مظاهرات حاشدة في مدن سورية عدة تأييدا للحكومة الانتقالية.")

group("deployment")
P(("United States", "deployment"), "أعلنت وزارة الدفاع الأمريكية نشر حاملة طائرات ثانية في شرق البحر المتوسط.")
XP(("Russia", "deployment", "Belarus"), "نشرت روسيا أسلحة نووية تكتيكية على أراضي بيلاروسيا.", GAP + " (verb, subject, object)")
P(("Russia", "deployment", "Belarus"), "بدأ نشر أسلحة نووية روسية تكتيكية على أراضي بيلاروسيا.")
P(("Turkey", "deployment", "Syria"), "دفع الجيش التركي بتعزيزات عسكرية جديدة إلى ريف إدلب شمالي سوريا.")
P(("Pentagon", "deployment"), "The Pentagon is deploying an additional 3,000 troops to the Middle East.")
XP(("Israel", "deployment"), "نشر الجيش الإسرائيلي ثلاثة آلاف جندي إضافي على الحدود الشمالية.", GAP)
N("deployment", "حذرت منظمة الصحة العالمية من انتشار الكوليرا في المخيمات.")
N("deployment", "نشرت وزارة الصحة حصيلة جديدة للإصابات في البلاد.")

group("attack")
P(("Israel", "attack", "Lebanon"), "شن الجيش الإسرائيلي هجوما على مواقع في جنوب لبنان.")
P(("Houthis", "attack"), "تبنى الحوثيون هجمات جديدة على سفن تجارية في البحر الأحمر.")
P(("ISIS", "attack", "Syria"), "هاجم عناصر من تنظيم داعش حاجزا للجيش السوري في بادية دير الزور.")
P(("Russia", "attack", "Ukraine"), "Russia launched a massive attack on Ukraine's energy infrastructure overnight.")
P(("Israel", "attack"), "نفذت إسرائيل عملية عسكرية واسعة في جنين.")
P(("United States", "attack"), "شن الجيش الأمريكي ضربات على أهداف للحوثيين.")
P(("Israel", "attack", "Gaza"), "استمر العدوان على قطاع غزة لليوم المئة، وفق مصادر إسرائيلية.")
XP(
    ("Israel", "attack", "Gaza"),
    "استمر العدوان الإسرائيلي على قطاع غزة لليوم المئة.",
    "عدوان is only in the phrase عدوان على (its stem عدو is 'enemy'); the nisba between breaks it: "
    "needs a phrase slot for a country adjective",
)
XN(("Saudi Arabia", "attack"), "قاد مهاجم المنتخب السعودي هجمات متتالية على مرمى الخصم في الشوط الثاني.", SENSE)
XN(("attack",), "The minister was taken to hospital after suffering a heart attack.", SENSE)

group("airstrike")
P(("Israel", "airstrike", "Syria"), "شنت طائرات إسرائيلية غارات على مواقع عسكرية قرب دمشق، وفق وكالة الأنباء السورية.")
P(("United States", "airstrike", "Yemen"), "استهدفت ضربات جوية أمريكية مواقع للحوثيين في محافظة الحديدة غربي اليمن.")
P(("Israel", "airstrike", "Lebanon"), "أغار الطيران الحربي الإسرائيلي على بلدة في قضاء صور جنوبي لبنان.")
P(("Israel", "airstrike", "Lebanon"), "Israeli warplanes carried out airstrikes on Hezbollah positions in southern Lebanon.")
P(("Turkey", "airstrike", "Iraq"), "قصفت مقاتلات تركية مواقع لحزب العمال الكردستاني في شمال العراق.")
P(("Israel", "airstrike", "Gaza"), "قصفت الطائرات الإسرائيلية مبنى سكنيا في مدينة غزة.")
XP(
    ("United States", "airstrike"),
    "شن الجيش الأمريكي ضربات على أهداف للحوثيين.",
    "bare ضربات is also penalty kicks and any blow, and ضربات أمريكية needs a phrase with any nisba: "
    "needs a phrase slot for a country adjective",
)
XN(
    ("Saudi Arabia", "airstrike"),
    "زار وفد سعودي غار حراء في مكة المكرمة.",
    "غارة reduces to غار (cave) once the feminine ending is taken off: needs the engine to keep a stem that is another word",
)
N("airstrike", "سجل المهاجم من ضربة حرة مباشرة في الدقيقة الثمانين.")

group("drone")
P(("Ukraine", "drone", "Russia"), "أعلنت وزارة الدفاع الروسية إسقاط 45 مسيرة أوكرانية فوق مقاطعات روسية.")
P(("Houthis", "drone"), "استهدفت مسيرة أطلقها الحوثيون سفينة تجارية قبالة سواحل اليمن.")
P(("Israel", "drone", "Lebanon"), "قُتل شخصان بغارة لمسيّرة إسرائيلية على سيارة في جنوب لبنان.")
P(("Iran", "drone"), "Iran supplied Shahed drones to Russia, Western officials said.")
XN(("Iraq", "drone"), "شارك الآلاف في مسيرة سلمية وسط بغداد للمطالبة بالإصلاح في العراق.", SENSE + " (مسيرة: march)")
XN("drone", "واصل اللاعب مسيرته الاحترافية في الدوري الإسباني.", SENSE + " (مسيرة: career)")

group("missile")
P(("Iran", "missile", "Israel"), "أطلقت إيران وابلا من الصواريخ الباليستية باتجاه إسرائيل.")
P(("North Korea", "missile"), "أطلقت كوريا الشمالية صاروخا باليستيا سقط في بحر اليابان.")
P(("Hezbollah", "missile"), "أعلن حزب الله استهداف موقع عسكري إسرائيلي بصلية صاروخية.")
P(("Russia", "missile", "Kyiv"), "Russia fired cruise missiles at Kyiv overnight, the Ukrainian air force said.")
N("missile", "رست سفينة كروز سياحية في ميناء الإسكندرية وعلى متنها ثلاثة آلاف سائح.")
XN("missile", "Oil prices rocketed after the announcement.", SENSE + " (the verb 'rocket' shares the noun's stem)")

group("interception")
P(("Israel", "interception"), "اعترضت الدفاعات الجوية الإسرائيلية صاروخا أطلق من اليمن.")
XP(
    ("Ukraine", "interception", "drone"),
    "قالت القوات الجوية الأوكرانية إنها أسقطت 60 طائرة مسيرة من أصل 75 أطلقتها روسيا.",
    GAP + " (أسقطت 60 ... مسيرة; bare أسقط is also keyed سقط, 'fell')",
)
P(("Ukraine", "interception", "drone"), "أعلنت القوات الجوية الأوكرانية إسقاط 60 طائرة مسيرة روسية.")
P(("Saudi Arabia", "interception"), "أعلن التحالف بقيادة السعودية اعتراض وتدمير طائرة مسيرة مفخخة.")
P(("Israel", "interception"), "Israeli air defences intercepted most of the incoming missiles.")
N("interception", "اعترض النائب على مشروع القانون خلال جلسة البرلمان.")
N(("Russia", "interception"), "اعترضت روسيا على مشروع القرار الغربي في مجلس الأمن.")
XN("interception", "دعت المعارضة إلى إسقاط الحكومة عبر صناديق الاقتراع.", SENSE + " (إسقاط: toppling)")
XN(
    ("Iran", "interception"),
    "خرجت دعوات لإسقاط النظام في إيران.",
    SENSE + " (إسقاط: toppling); bare إسقاط stays, downing reports put a number before the object",
)
P(("Israel", "interception"), "أعلن الجيش الإسرائيلي اعتراض 5 صواريخ أطلقت من لبنان.")
P(("Russia", "interception", "Ukraine"), "أعلنت موسكو إسقاط مسيرات أوكرانية فوق مقاطعة كورسك الروسية.")

group("ceasefire")
P(("Israel", "ceasefire", "Hamas"), "دخل اتفاق وقف إطلاق النار بين إسرائيل وحركة حماس حيز التنفيذ صباح الأحد.")
P(("Hezbollah", "ceasefire"), "اتهم حزب الله إسرائيل بخرق الهدنة المعلنة في جنوب لبنان.")
P(("Sudan", "ceasefire"), "رحب السودان بمقترح هدنة إنسانية لمدة أسبوع.")
P(("Israel", "ceasefire"), "أعلن الوسطاء التوصل إلى اتفاق لوقف الحرب في غزة بين إسرائيل وحماس.")
P(("Russia", "ceasefire", "Ukraine"), "Russia and Ukraine agreed to a 30-day truce on energy infrastructure.")
N("ceasefire", "أطلق مسلح النار على المارة في أحد أسواق المدينة.")
XN("ceasefire", "طالب المدرب بتهدئة الأجواء قبل مباراة الإياب.", SENSE + " (تهدئة: calming)")

group("sanctions")
P(("United States", "sanctions", "Iran"), "فرضت الولايات المتحدة عقوبات جديدة على شركات إيرانية متهمة بنقل النفط.")
P(("EU", "sanctions", "Russia"), "أقر الاتحاد الأوروبي الحزمة السادسة عشرة من العقوبات على روسيا.")
P(("Syria", "sanctions"), "رحبت دمشق بقرار رفع العقوبات الغربية عن سوريا.")
P(("sanctions", "Russia"), "Britain imposed sanctions on Russia's two largest oil producers.")
XP(("United States", "sanctions"), "فرضت واشنطن عقوبات على ثلاثة مسؤولين في الحرس الثوري.", CAPITAL)
XN(
    "sanctions",
    "أصدرت المحكمة عقوبة بالسجن ثلاث سنوات بحق المتهم.",
    "عقوبات (sanctions) and عقوبة (a court sentence) share a stem: needs a concept word matched in its plural only",
)
N("sanctions", "فرضت السلطات حظر التجول في المدينة بعد أعمال العنف.")

group("election")
P(("Iraq", "election"), "توجه الناخبون العراقيون إلى صناديق الاقتراع لانتخاب برلمان جديد.")
P(("Iran", "election"), "أدلى المرشد الإيراني بصوته في الانتخابات الرئاسية.")
P(("Tunisia", "election"), "أدلى ملايين الناخبين التونسيين بأصواتهم لاختيار رئيس للبلاد.")
P(("Algeria", "election"), "أدلى الرئيس الجزائري بصوته في مركز اقتراع بالعاصمة.")
P(("Turkey", "election"), "Polls opened on Sunday in Turkey's presidential runoff.")
N(("Iraq", "election"), "فاز المنتخب العراقي على نظيره الأردني بهدفين نظيفين.")
XN("election", "The club elected to play the match behind closed doors.", SENSE + " ('elected to': chose)")

group("protest")
P(("Iran", "protest"), "خرج آلاف المتظاهرين في مدن إيرانية عدة احتجاجا على ارتفاع الأسعار.")
P(("Serbia", "protest"), "تظاهر عشرات الآلاف في بلغراد ضد الحكومة الصربية.")
P(("Israel", "protest"), "نظم محتجون إسرائيليون وقفة أمام منزل رئيس الوزراء في القدس.")
P("protest", "Thousands of protesters rallied in Tbilisi against the government.")
XN("protest", "تظاهر اللاعب بالإصابة لإضاعة الوقت.", SENSE + " (تظاهر ب: pretended)")
XN("protest", "The Protestant church in Berlin held a service for the victims.", "Snowball stems Protestant to protest")

group("coup")
P(("Niger", "coup"), "أطاح انقلاب عسكري بالرئيس محمد بازوم في النيجر.")
P(("Sudan", "coup"), "نفذ الجيش السوداني انقلابا على الحكومة المدنية في أكتوبر 2021.")
P(("Burkina Faso", "coup"), "أحبطت السلطات في بوركينا فاسو محاولة انقلابية جديدة.")
P(("Gabon", "coup"), "Soldiers in Gabon seized power in a coup on Wednesday.")
N(("Egypt", "coup"), "لقي ثلاثة أشخاص حتفهم إثر انقلاب شاحنة على الطريق الصحراوي في مصر.")
XN("coup", "Signing the striker was a coup for the club.", SENSE)

group("arrest")
P(("Turkey", "arrest"), "اعتقلت السلطات التركية رئيس بلدية إسطنبول.")
P(("Israel", "arrest", "West Bank"), "شنت القوات الإسرائيلية حملة اعتقالات واسعة في الضفة الغربية.")
P(("Iraq", "arrest"), "ألقت القوات الأمنية العراقية القبض على خلية إرهابية في كركوك.")
P(("ICC", "arrest"), "أصدرت المحكمة الجنائية الدولية مذكرة توقيف بحق رئيس الوزراء الإسرائيلي.")
P(("arrest",), "Police arrested two suspects in connection with the attack.")
XP(
    ("Egypt", "arrest"),
    "أوقفت الشرطة المصرية ثلاثة أشخاص بتهمة الاحتيال.",
    "أوقف (detained) reduces to وقف (stop, as in وقف إطلاق النار): needs form-IV verbs kept apart from form I",
)
XN("arrest", "The former champion died of a cardiac arrest.", SENSE)
XN(
    "arrest",
    "أحكمت الحكومة قبضتها على الاقتصاد.",
    "قبضتها (its grip) reduces to قبض, the word of القبض على: needs a concept word's article kept as a condition",
)

group("killing")
P(("Gaza", "killing"), "استشهد 12 فلسطينيا في قصف إسرائيلي على منزل في مدينة غزة.")
P(("Aleppo", "killing"), "لقي خمسة أشخاص حتفهم في انفجار لغم أرضي بريف حلب.")
P(("Israel", "killing", "Lebanon"), "قتل ثلاثة أشخاص بغارة إسرائيلية على جنوب لبنان.")
P(("RSF", "killing"), "أسفر هجوم الدعم السريع على مخيم زمزم عن سقوط عشرات القتلى.")
P(("Yemen", "killing"), "لقي 7 أشخاص مصرعهم في غارة على صنعاء اليمنية.")
P(("Gaza", "killing"), "ارتفعت حصيلة الشهداء في قطاع غزة إلى 40 ألفا، وفق وزارة الصحة.")
XP(("Syria", "killing"), "أودى هجوم على حافلة عسكرية بحياة 14 جنديا سوريا.", GAP + " (أودى ... بحياة)")
P(("Syria", "killing"), "انفجار سيارة مفخخة أودى بحياة 14 جنديا سوريا.")
P(("Darfur", "killing"), "At least 20 people were killed in the attack in Darfur.")
XN("killing", "Investors made a killing on the stock market this year.", SENSE)
XN("killing", "استشهد الوزير بتصريحات سابقة للرئيس.", SENSE + " (استشهد ب: quoted)")

group("assassination")
P(("Israel", "assassination", "Hamas"), "اغتالت إسرائيل رئيس المكتب السياسي لحركة حماس في طهران.")
P(("Iran", "assassination"), "نددت طهران باغتيال عالم نووي إيراني قرب العاصمة.")
P(("Hezbollah", "assassination"), "The assassination of Hezbollah's secretary-general shook Lebanon.")
XN("assassination", "تعرض المرشح لحملة اغتيال الشخصية في وسائل الإعلام.", SENSE + " (character assassination)")

group("visit")
P(("Saudi Arabia", "visit"), "وصل ولي العهد السعودي إلى باريس في زيارة رسمية تستمر يومين.")
P(("Russia", "visit", "Egypt"), "يزور وزير الخارجية الروسي القاهرة ويلتقي نظيره المصري.")
P(("Turkey", "visit"), "يزور الرئيس التركي الإمارات الأسبوع المقبل.")
P(("France", "visit", "Lebanon"), "يصل الرئيس الفرنسي إلى لبنان غدا في زيارة رسمية.")
P(("Turkey", "visit"), "The Turkish president arrived in Baghdad on an official visit.")
N("visit", "استقبل المتحف الوطني آلاف الزوار خلال عطلة العيد.")
XN("visit", "The visiting team won 2-0 in the final minutes.", SENSE)

group("talks")
P(("Iran", "talks", "United States"), "عقدت إيران والولايات المتحدة جولة جديدة من المحادثات غير المباشرة في مسقط.")
P(("Russia", "talks", "Ukraine"), "أجرى وزير الخارجية الروسي اتصالا هاتفيا مع نظيره الأوكراني.")
P(("Egypt", "talks", "Hamas"), "استضافت القاهرة مباحثات بين وفد من حركة حماس ومسؤولين مصريين.")
P(("Iran", "talks"), "Iranian and US negotiators held talks in Oman on Saturday.")
XN("talks", "The actor gave a talk at the film festival.", "'talks' stems to 'talk' (known looseness in concepts.yaml)")
N("talks", "يعمل أستاذا لعلم الاجتماع في جامعة القاهرة.")

group("negotiations")
P(("Qatar", "negotiations", "Hamas"), "تقود قطر ومصر وساطة بين إسرائيل وحماس للتوصل إلى اتفاق.")
P(("Armenia", "negotiations", "Azerbaijan"), "استأنفت أرمينيا وأذربيجان المفاوضات حول معاهدة السلام.")
P("negotiations", "Negotiators from both sides met in Doha on Monday.")
XN("negotiations", "حصل الوسيط العقاري على عمولة كبيرة من الصفقة.", SENSE + " (وسيط عقاري: estate agent)")

group("agreement")
P(("Israel", "agreement", "Lebanon"), "توصلت إسرائيل ولبنان إلى اتفاق لترسيم الحدود البحرية.")
P(("Saudi Arabia", "agreement", "Iran"), "وقعت السعودية وإيران اتفاقا لاستئناف العلاقات الدبلوماسية برعاية صينية.")
P(("Russia", "agreement", "Iran"), "أبرمت روسيا وإيران معاهدة للشراكة الاستراتيجية الشاملة.")
P(("Armenia", "agreement", "Azerbaijan"), "Armenia and Azerbaijan initialled a peace agreement in Washington.")
N("agreement", "اتفق المحللون على أن الأسواق ستتعافى قريبا.")
XN("agreement", "أعلن النادي إتمام صفقة انتقال اللاعب إلى الدوري السعودي.", SENSE + " (صفقة: a transfer deal)")

group("evacuation")
P(("Israel", "evacuation", "Gaza"), "أصدر الجيش الإسرائيلي أوامر بإخلاء أحياء في شمال قطاع غزة.")
P(("Lebanon", "evacuation"), "بدأت دول عدة عمليات إجلاء رعاياها من لبنان مع تصاعد التوتر.")
P(("United Kingdom", "evacuation", "Sudan"), "Britain is evacuating its nationals from Sudan.")
N(("Lebanon", "evacuation"), "دعت فرنسا إلى الحوار من أجل التوصل إلى حل للأزمة في لبنان.")
N("evacuation", "أجلت المحكمة النظر في القضية إلى الشهر المقبل.")

group("explosion")
P(("Beirut", "explosion"), "هز انفجار ضخم مرفأ بيروت وأوقع مئات الضحايا.")
P(("Syria", "explosion"), "قتل جنديان بانفجار عبوة ناسفة استهدفت دورية للجيش السوري في درعا.")
P(("Afghanistan", "explosion"), "فجر انتحاري نفسه داخل مسجد في مدينة قندوز الأفغانية.")
P(("Mogadishu", "explosion"), "A car bomb exploded in Mogadishu, killing five people.")
N("explosion", "أدى آلاف المصلين صلاة الفجر في المسجد الكبير.")
XN("explosion", "يعاني البلد من انفجار سكاني يضغط على الخدمات.", SENSE + " (population explosion)")

group("shelling")
P(("Russia", "shelling", "Kharkiv"), "تعرضت مدينة خاركيف لقصف روسي عنيف ليل الثلاثاء.")
P(("Israel", "shelling", "Lebanon"), "قصفت المدفعية الإسرائيلية أطراف بلدات حدودية في جنوب لبنان.")
P(("Sudan", "shelling"), "سقطت قذائف على أحياء سكنية في مدينة الفاشر السودانية.")
P(("Israel", "shelling", "Lebanon"), "Israeli artillery shelled villages in southern Lebanon.")
XN("shelling", "Shell reported record profits for the quarter.", "'shelling' stems to 'shell' (known looseness in concepts.yaml)")
XN("shelling", "أطلقت المدفعية 21 طلقة تحية للرئيس الزائر.", SENSE + " (a gun salute)")

group("invasion")
P(("Russia", "invasion", "Ukraine"), "دخل الغزو الروسي لأوكرانيا عامه الرابع.")
P(("Israel", "invasion", "Rafah"), "توغلت دبابات إسرائيلية في أطراف مدينة رفح جنوب قطاع غزة.")
P(("Israel", "invasion", "Lebanon"), "بدأ الجيش الإسرائيلي عملية برية محدودة في جنوب لبنان.")
P(("Ukraine", "invasion", "Kursk"), "Ukraine's incursion into Russia's Kursk region surprised Moscow.")
N("invasion", "وصلت شاحنات المساعدات إلى غزة صباح اليوم.")
XN("invasion", "اجتاحت موجة حر شديدة جنوب أوروبا.", SENSE + " (اجتاح: swept)")

group("clashes")
P(("Sudan", "clashes"), "اندلعت اشتباكات عنيفة بين الجيش السوداني وقوات الدعم السريع في الخرطوم.")
P(("SDF", "clashes"), "تجددت المواجهات بين فصائل موالية لتركيا وقوات سوريا الديمقراطية في ريف منبج.")
P(("Libya", "clashes"), "تجدد الاقتتال بين الفصائل المسلحة في طرابلس الليبية.")
P(("Libya", "clashes"), "دارت معارك بين مجموعات مسلحة في طرابلس الليبية.")
P("clashes", "Heavy fighting broke out between rival militias in Tripoli.")
XN("clashes", "يخوض الفريق مواجهات صعبة في الدوري هذا الشهر.", SENSE + " (مواجهات: matches)")
XN("clashes", "The government said it was fighting corruption.", SENSE)

group("siege")
P(("Israel", "siege", "Gaza"), "يفرض الاحتلال الإسرائيلي حصارا مشددا على قطاع غزة منذ 2007.")
P(("RSF", "siege"), "تحاصر قوات الدعم السريع مدينة الفاشر منذ أشهر.")
P(("RSF", "siege"), "The RSF has besieged El Fasher for more than a year.")
N("siege", "تبث القناة المباراة حصريا.")
XN("siege", "The singer was besieged by fans at the airport.", SENSE)

group("capture")
P(("Russia", "capture"), "أعلنت وزارة الدفاع الروسية السيطرة على بلدة جديدة في دونيتسك.")
P(("HTS", "capture", "Aleppo"), "سيطرت هيئة تحرير الشام على مدينة حلب بعد هجوم خاطف.")
P(("M23", "capture"), "استولت حركة 23 مارس على مدينة غوما في شرق الكونغو.")
P(("Russia", "capture"), "أعلنت موسكو تحرير بلدة جديدة في مقاطعة دونيتسك الروسية.")
XP(("Russia", "capture"), "حررت القوات الروسية بلدة جديدة في دونيتسك.", GAP + " (حررت ... بلدة)")
P(("Russia", "capture", "Pokrovsk"), "Russian forces captured the town of Pokrovsk.")
XN("capture", "The photographer captured the moment the leaders shook hands.", SENSE)
XN("capture", "نجح البنك المركزي في السيطرة على التضخم.", SENSE + " (control of prices)")

group("summit")
P(("Arab League", "summit"), "اختتمت القمة العربية أعمالها في بغداد بحضور الأمين العام لجامعة الدول العربية.")
P(("Russia", "summit", "United States"), "عقد الرئيسان الروسي والأمريكي قمة في ألاسكا.")
P(("NATO", "summit"), "NATO leaders gathered for a summit in The Hague.")
XN("summit", "يلتقي الفريقان في مباراة القمة مساء السبت.", SENSE + " (the top match)")
XN("summit", "The climbers reached the summit of Everest at dawn.", SENSE)

group("resignation")
P(("Lebanon", "resignation"), "قدم رئيس الحكومة اللبنانية استقالته إلى رئيس الجمهورية.")
P(("Israel", "resignation"), "أعلن وزير الدفاع الإسرائيلي استقالته من الحكومة.")
P(("Japan", "resignation"), "تنحى رئيس الوزراء الياباني عن منصبه بعد هزيمة حزبه.")
P(("United Kingdom", "resignation"), "The British prime minister resigned on Thursday.")
N(("Algeria", "resignation"), "احتفلت الجزائر بعيد الاستقلال.")
N("resignation", "He quit smoking last year.")
N(("Lebanon", "resignation"), "Lebanon's economy is quite fragile.")

group("kidnapping")
P(("Nigeria", "kidnapping"), "خطف مسلحون أكثر من مئة تلميذ من مدرسة في شمال غرب نيجيريا.")
P(("Iraq", "kidnapping"), "أفرجت السلطات العراقية عن باحثة اختطفت في بغداد.")
P(("Nigeria", "kidnapping"), "Gunmen abducted 30 passengers in northern Nigeria.")
XN(("Morocco", "kidnapping"), "خطف المنتخب المغربي فوزا قاتلا في الدقيقة الأخيرة.", SENSE + " (snatched a win)")
XN("kidnapping", "خطفت الممثلة الأضواء في المهرجان.", SENSE + " (stole the spotlight)")

group("hostage")
P(("Hamas", "hostage"), "أفرجت حركة حماس عن ثلاث رهائن إسرائيليات ضمن المرحلة الأولى من الاتفاق.")
P(("Israel", "hostage", "Gaza"), "تظاهر ذوو المحتجزين الإسرائيليين في غزة للمطالبة بإعادتهم.")
P(("Hamas", "hostage"), "Hamas released two Israeli hostages on Saturday.")
XN("hostage", "The economy is being held hostage by politics.", SENSE)

group("prisoners")
P(("Russia", "prisoners", "Ukraine"), "تبادلت روسيا وأوكرانيا 390 أسيرا من كل جانب.")
P(("Israel", "prisoners"), "أفرجت إسرائيل عن دفعة من الأسرى الفلسطينيين مقابل إطلاق سراح رهائن.")
P(("Iran", "prisoners"), "أفرجت إيران عن سجناء أجانب في صفقة تبادل.")
P(("Russia", "prisoners", "Ukraine"), "Russia and Ukraine carried out a prisoner swap mediated by the UAE.")
XN(
    ("Syria", "prisoners"),
    "عادت أسر سورية نازحة إلى منازلها في ريف حمص.",
    "أسرى reduces to أسر (families) once the final ى is taken off: needs the engine to keep the ى of broken plurals",
)
N("prisoners", "كشف الوزير عن أسرار المفاوضات.")

group("refugees")
P(("Lebanon", "refugees", "Syria"), "بدأت عودة طوعية للاجئين السوريين من لبنان.")
P(("Sudan", "refugees", "Chad"), "عبر أكثر من 600 ألف لاجئ سوداني الحدود إلى تشاد.")
P(("Gaza", "refugees"), "نزح مئات الآلاف من سكان شمال غزة نحو الجنوب.")
P(("Lebanon", "refugees"), "اضطرت عائلات لبنانية إلى النزوح من قراها الحدودية.")
P(("Syria", "refugees", "Turkey"), "More than a million Syrian refugees remain in Turkey.")
P(("Germany", "refugees"), "رفضت ألمانيا آلاف طلبات اللجوء المقدمة من سوريين.")
N("refugees", "هددت الشركة باللجوء إلى التحكيم الدولي.")

group("labour-strike")
P(("Tunisia", "general strike"), "نفذ عمال القطاع العام في تونس إضرابا عاما شل المرافق الحكومية.")
P(("Israel", "general strike"), "دعا اتحاد النقابات الإسرائيلي إلى إضراب شامل.")
XP(("Morocco", "general strike"), "أضرب الأطباء في المغرب عن العمل ليومين.", GAP + " (bare أضرب would be ضرب, hit)")
P(("Morocco", "general strike"), "واصل الأطباء المضربين في المغرب احتجاجهم لليوم الثالث.")
P(("France", "general strike"), "French rail workers went on strike over pension reform.")
N("general strike", "ضربت عاصفة رملية العاصمة وأغلقت المطار.")
N("general strike", "The striker scored twice in the second half.")

group("earthquake")
P(("Turkey", "earthquake"), "ضرب زلزال بقوة 7.8 درجات جنوب تركيا.")
P(("Morocco", "earthquake"), "هزة أرضية بقوة 4.5 درجات تضرب شمال المغرب.")
P(("Turkey", "earthquake"), "ضربت هزة بقوة 5 درجات غرب تركيا.")
P(("Afghanistan", "earthquake"), "A magnitude 6.3 quake struck western Afghanistan.")
N("earthquake", "أحدثت الاستقالة هزة في الأوساط السياسية.")
XN("earthquake", "وصف المعلقون النتيجة بأنها زلزال سياسي.", SENSE + " (a political earthquake)")

group("flood")
P(("Libya", "flood"), "جرفت السيول أحياء كاملة في مدينة درنة الليبية بعد انهيار سدين.")
P(("Pakistan", "flood"), "تسببت الفيضانات في باكستان بنزوح الملايين.")
P(("Spain", "flood"), "Flash floods killed dozens in Spain's Valencia region.")
N(("South Korea", "flood"), "أعلنت سيول أن كوريا الجنوبية سترد على أي استفزاز.")
N("flood", "تعرض الوزير لسيل من الانتقادات بعد تصريحاته.")
XN("flood", "Investors flooded the market with sell orders.", SENSE)

group("fire")
P(("Lebanon", "fire"), "اندلع حريق كبير في أحراج بلدة لبنانية حدودية جراء القصف.")
P(("Greece", "fire"), "تكافح فرق الإطفاء اليونانية حرائق غابات قرب أثينا.")
P("fire", "Wildfires raged across southern California for a week.")
N("fire", "أطلق الجنود النار في الهواء لتفريق المحتجين.")
N("fire", "Troops opened fire on the crowd, witnesses said.")

group("nuclear")
P(("Iran", "nuclear"), "أعلنت إيران رفع مستوى تخصيب اليورانيوم إلى 60 بالمئة.")
P(("Iran", "nuclear", "IAEA"), "قال المدير العام للوكالة الدولية للطاقة الذرية إن إيران تملك كمية كبيرة من اليورانيوم المخصب.")
P(("Iran", "nuclear"), "Iran's nuclear programme is back on the agenda.")
N("nuclear", "توفي الشيخ عن عمر ناهز التسعين تاركا ذرية كبيرة.")
XN("nuclear", "The nuclear family is no longer the norm.", SENSE)

group("mobilization")
P(("Russia", "mobilization"), "أعلن الرئيس الروسي تعبئة جزئية لجنود الاحتياط.")
P(("Israel", "mobilization"), "استدعى الجيش الإسرائيلي عشرات الآلاف من جنود الاحتياط.")
P(("Ukraine", "mobilization"), "أقر البرلمان الأوكراني قانونا لخفض سن التجنيد.")
P(("Ukraine", "mobilization"), "Ukraine lowered its mobilisation age to 25.")
N("mobilization", "ارتفعت أسعار تعبئة الوقود في المحطات.")
N("mobilization", "The party will mobilize its voters before the runoff.")
N(("Kenya", "mobilization"), "Kenya leads Africa in mobile payments.")
P(("Russia", "mobilization"), "Russia announced a partial mobilization of reservists.")

group("military-exercise")
P(("China", "military exercise", "Taiwan"), "أجرت الصين مناورات عسكرية واسعة حول تايوان.")
P(("Iran", "military exercise"), "بدأت القوات البحرية الإيرانية تدريبات عسكرية في مضيق هرمز.")
P(("Egypt", "military exercise"), "انطلقت مناورات بحرية مشتركة بين مصر والسعودية في البحر الأحمر.")
P(("Russia", "military exercise", "Belarus"), "Russia and Belarus held joint exercises near the Polish border.")
N("military exercise", "لجأ رئيس الحكومة إلى مناورات سياسية لتمرير الميزانية.")
N("military exercise", "The school held fire drills on Monday.")

group("humanitarian-aid")
P(("Gaza", "humanitarian aid"), "دخلت 100 شاحنة محملة بالمساعدات الإنسانية إلى قطاع غزة.")
P(("Sudan", "humanitarian aid"), "حذر برنامج الأغذية العالمي من توقف إيصال الإغاثة إلى السودان.")
P(("Gaza", "humanitarian aid"), "بدأت قوافل المساعدات الغذائية بالدخول إلى غزة.")
P(("Gaza", "humanitarian aid"), "شاركت طائرات أردنية في إسقاط المساعدات على غزة.")
P(("Rafah", "humanitarian aid"), "The UN said aid trucks were blocked at the Rafah crossing.")
N("humanitarian aid", "التقى مساعد وزير الخارجية الأمريكي نظيره القطري.")
N("humanitarian aid", "تعهدت واشنطن بتقديم مساعدات عسكرية جديدة لأوكرانيا.")

group("injuries")
P(("Gaza", "injuries"), "أسفر القصف عن سقوط عشرات الجرحى في مدينة غزة.")
P(("Iraq", "injuries"), "أصيب ثلاثة جنود عراقيين بانفجار عبوة ناسفة.")
P("injuries", "Five people were wounded in the blast, police said.")
XN("injuries", "أصاب القرار الأسواق بحالة من الذعر.", SENSE + " (أصاب: struck)")
XN("injuries", "The winner came in injury time.", SENSE)

group("epidemic")
P(("Sudan", "epidemic"), "حذرت الأمم المتحدة من تفشي وباء الكوليرا في ولايات سودانية عدة.")
P(("Yemen", "epidemic"), "سجلت اليمن آلاف الإصابات بالكوليرا خلال شهر.")
P(("WHO", "epidemic"), "WHO declared an outbreak of Marburg virus in Rwanda.")
XN("epidemic", "An outbreak of violence followed the vote.", SENSE)
XN("epidemic", "حذر التقرير من تفشي الفساد في المؤسسات العامة.", SENSE)

group("release")
P(("Hamas", "release", "hostage"), "أطلقت حماس سراح أربع رهائن في إطار الاتفاق.")
XP(("Israel", "release", "prisoners"), "أفرجت إسرائيل عن 90 أسيرا فلسطينيا فجر اليوم.", GAP + " (أفرجت ... عن; bare أفرج would be فرج)")
P(("Israel", "release", "prisoners"), "بدأت عملية الإفراج عن الأسرى الفلسطينيين من سجن عوفر الإسرائيلي.")
P(("Iran", "release"), "أعلنت إيران الإفراج عن مواطن فرنسي كان محتجزا منذ عامين.")
P(("Russia", "release"), "Russia set free an American journalist in a prisoner exchange.")
XP(
    ("Russia", "release"),
    "Russia freed an American journalist in a prisoner exchange.",
    "bare 'freed' is left out: the matcher keys it by its lemma 'free' (free trade); needs lemmas of "
    "irregular forms only (freed -> free is regular)",
)
N(("Iran", "release"), "Iran signed a free trade agreement with the bloc.")
N(("Iran", "release"), "Iran released a statement condemning the attack.")
N("release", "أعرب الرئيس عن ارتياحه لنتائج القمة.")

group("terrorism")
P(("Pakistan", "terrorism"), "أعلنت باكستان مقتل عشرة إرهابيين في عملية أمنية.")
P(("Egypt", "terrorism"), "أكدت مصر عزمها مواصلة مكافحة الإرهاب في سيناء.")
P(("France", "terrorism"), "French prosecutors opened a terrorism investigation into the stabbing.")
XN(
    "terrorism",
    "أصيب الطفل برهاب الأماكن المغلقة.",
    "إرهاب loses its first alef as if it were a verb prefix and becomes رهاب (phobia): needs imperfect prefixes stripped from verbs only",
)

group("war")
P(("Russia", "war", "Ukraine"), "دخلت الحرب الروسية على أوكرانيا عامها الرابع.")
P(("Sudan", "war"), "شردت الحرب في السودان أكثر من 12 مليون شخص.")
P(("Israel", "war", "Iran"), "The war between Israel and Iran lasted twelve days.")
N("war", "تحارب الحكومة الفساد في المؤسسات العامة.")

group("execution")
P(("Iran", "execution"), "نفذت السلطات الإيرانية حكم الإعدام بحق ثلاثة متهمين.")
P(("Saudi Arabia", "execution"), "أعدم رجلان شنقا في السعودية بعد إدانتهما بتهريب المخدرات.")
P(("Iran", "execution"), "Two men were executed in Iran on Thursday, rights groups said.")
N("execution", "The chief executive of the company resigned.")
N("execution", "أعرب الوزير عن قلقه من عدم الاستقرار في المنطقة.")

group("normalization")
P(("Saudi Arabia", "normalization", "Israel"), "قالت السعودية إنه لا تطبيع مع إسرائيل دون دولة فلسطينية.")
P(("Morocco", "normalization", "Israel"), "وقع المغرب وإسرائيل اتفاق التطبيع برعاية أمريكية.")
P(("Saudi Arabia", "normalization", "Israel"), "Washington is pushing for normalization of relations between Saudi Arabia and Israel.")
N("normalization", "Traffic returned to normal after the storm.")
N("normalization", "طبعا لم يحضر الوزير الاجتماع.")

group("settlements")
P(("Israel", "settlements", "West Bank"), "صادقت إسرائيل على بناء 3000 وحدة استيطانية في الضفة الغربية.")
P(("West Bank", "settlements"), "هاجم مستوطنون قرية فلسطينية شرق رام الله في الضفة الغربية.")
P(("West Bank", "settlements"), "Settlers set fire to homes in a West Bank village.")
N("settlements", "استوطن الفيروس في المنطقة منذ سنوات.")

group("famine")
P(("Gaza", "famine"), "أعلنت الأمم المتحدة رسميا المجاعة في مدينة غزة.")
P(("Sudan", "famine"), "يعاني ملايين السودانيين من سوء التغذية الحاد.")
P(("Gaza", "famine"), "Aid agencies warned of starvation in Gaza.")
N("famine", "اجتمع الوزراء في قاعة الجامعة.")

group("genocide")
P(("Israel", "genocide", "ICJ"), "تنظر محكمة العدل الدولية في دعوى الإبادة الجماعية ضد إسرائيل.")
P(("Sudan", "genocide"), "اتهمت واشنطن قوات الدعم السريع بارتكاب إبادة في دارفور السودانية.")
P(("Myanmar", "genocide"), "Myanmar faces genocide charges at the World Court.")
N("genocide", "بادر الوزير إلى الاتصال بنظيره.")

group("tariffs")
P(("United States", "tariffs", "China"), "فرضت الولايات المتحدة رسوما جمركية بنسبة 50% على واردات من الصين.")
P(("China", "tariffs"), "ردت الصين بتعريفات جمركية على السلع الأمريكية.")
P(("United States", "tariffs"), "The US imposed new tariffs on steel imports.")
N("tariffs", "ارتفعت رسوم التسجيل في الجامعات الحكومية.")
N("tariffs", "يقدم الكتاب تعريفات للمصطلحات العسكرية.")

group("state-of-emergency")
P(("Ecuador", "state of emergency"), "أعلنت الإكوادور حالة الطوارئ بعد موجة عنف.")
P(("Syria", "state of emergency"), "فرضت السلطات السورية حظر التجول في مدينة اللاذقية.")
P(("Kenya", "curfew"), "Kenya imposed a curfew in the capital after the riots.")
N("state of emergency", "نقل المصاب إلى قسم الطوارئ في المستشفى.")

group("smuggling")
P(("Jordan", "smuggling", "Syria"), "أحبط الجيش الأردني محاولة تهريب مخدرات من سوريا.")
P(("Libya", "smuggling"), "فككت السلطات الليبية شبكة للاتجار بالبشر.")
P(("Jordan", "smuggling"), "Jordan's army killed smugglers on its border.")
N("smuggling", "هرب السجين من السجن ليلا.")

group("espionage")
P(("Iran", "espionage", "Israel"), "أعدمت إيران رجلا بتهمة التجسس لصالح إسرائيل.")
P(("Russia", "espionage"), "اعتقلت روسيا جاسوسا أوكرانيا في موسكو.")
P(("China", "espionage"), "Britain charged two men with spying for China.")
N("espionage", "تحسست الحكومة خطورة الموقف.")

group("veto")
P(("United States", "veto"), "استخدمت الولايات المتحدة حق النقض ضد مشروع قرار في مجلس الأمن.")
P(("Russia", "veto"), "أسقط الفيتو الروسي مشروع القرار.")
P(("Russia", "veto"), "Russia vetoed the resolution on Ukraine.")
N("veto", "نقض القاضي الحكم في الاستئناف.")

group("condemnation")
P(("Saudi Arabia", "condemnation", "Israel"), "أدانت السعودية بأشد العبارات الهجوم الإسرائيلي على قطر.")
P(("Egypt", "condemnation"), "نددت مصر باقتحام المسجد الأقصى.")
P(("Jordan", "condemnation"), "أعربت الخارجية الأردنية عن استنكارها للاعتداء.")
P(("France", "condemnation"), "France condemned the attack on the embassy.")
XN(
    "condemnation",
    "دان له الحكم في البلاد عقودا.",
    "أدان loses its alef as if it were an imperfect prefix and becomes دان (submitted): needs form-IV perfects kept whole",
)

group("trial")
P(("Egypt", "trial"), "قضت المحكمة المصرية بالسجن عشر سنوات على المتهمين.")
P(("Tunisia", "trial"), "بدأت المحاكمة في قضية التآمر على أمن الدولة في تونس.")
P(("Turkey", "trial"), "A Turkish court sentenced the journalist to two years in prison.")
N("trial", "قال حاكم مصرف لبنان إن الاحتياطي مستقر.")
XN("trial", "The drug passed its final clinical trial.", SENSE)

group("corruption")
P(("Iraq", "corruption"), "أصدرت هيئة النزاهة العراقية أوامر قبض بتهم فساد.")
P(("Lebanon", "corruption"), "اتهم القضاء اللبناني مسؤولا سابقا بالاختلاس وغسل الأموال.")
P(("Ukraine", "corruption"), "Ukraine's anti-corruption bureau searched the minister's home.")
N("corruption", "أفسدت الأمطار موسم الحصاد.")

group("migration")
P(("Libya", "migration"), "غرق قارب يقل مهاجرين قبالة السواحل الليبية.")
P(("Tunisia", "migration"), "أحبط الحرس البحري التونسي محاولات للهجرة غير النظامية.")
P(("Italy", "migration"), "Italy signed a deal to curb irregular migration across the Mediterranean.")
N("migration", "صدر القرار في الخامس من رجب 1447 هجري.")

group("cyberattack")
P(("Iran", "cyberattack"), "تعرضت بنوك إيرانية لهجوم سيبراني واسع.")
P(("Israel", "cyberattack"), "قالت إسرائيل إن قراصنة الإنترنت استهدفوا شبكة المياه.")
P(("Russia", "cyberattack"), "Russian hackers were blamed for the attack on the grid.")
N("cyberattack", "اعتقلت البحرية الصومالية قراصنة حاولوا خطف سفينة.")

group("oil")
P(("Iraq", "oil"), "ارتفعت صادرات العراق من النفط إلى 3.4 مليون برميل يوميا.")
P(("Saudi Arabia", "oil"), "خفضت السعودية أسعار بيع الخام العربي الخفيف، وارتفع خام برنت.")
P(("Russia", "oil"), "Russian oil exports fell in October.")
N("oil", "صادر الأمن شحنة من الزيت المغشوش.")

group("gas")
P(("Egypt", "gas", "Israel"), "ارتفعت واردات مصر من الغاز الطبيعي الإسرائيلي.")
P(("Qatar", "gas"), "وقعت قطر عقدا طويل الأجل لتوريد الغاز المسال.")
P(("Russia", "gas"), "Russia cut gas supplies to Europe.")
N("gas", "أطلقت الشرطة الغاز المسيل للدموع على المتظاهرين.")

group("loan")
P(("Egypt", "loan", "IMF"), "وافق صندوق النقد الدولي على صرف شريحة جديدة من قرض مصر.")
P(("Pakistan", "loan"), "حصلت باكستان على حزمة إنقاذ جديدة.")
P(("Sri Lanka", "loan"), "Sri Lanka secured a $3 billion bailout.")
XN("loan", "The striker joined the club on loan from Chelsea.", SENSE + " (a football loan)")

group("inflation")
P(("Turkey", "inflation"), "تراجع معدل التضخم في تركيا إلى 33 بالمئة.")
P(("Egypt", "inflation"), "ارتفع التضخم السنوي في مصر.")
P(("United States", "inflation"), "US consumer prices rose faster than expected.")
N("inflation", "عانى المريض من تضخم في الكبد.")
N(("Egypt", "inflation"), "شهدت القاهرة حشودا ضخمة في افتتاح المتحف المصري الكبير.")

# --- a concept word whose first letter the matcher reads as a prefix or clitic --------------
# (see the header of concepts.yaml): the other word it becomes must not fire the concept.

group("deployment")
N(("Saudi Arabia", "deployment"), "افتتح مركز الملك عبد العزيز الثقافي في الظهران السعودية.")
group("missile")
N(("Iran", "missile"), "قالت إيران إن المحادثات ليست سهلة.")
group("attack")
N(("UN", "attack"), "قال الأمين العام للأمم المتحدة إن الوضع خطير.")
group("killing")
N(("Syria", "killing"), "التقى الرئيس السوري وفدا كرديا في دمشق.")
group("evacuation")
N(("Iraq", "evacuation"), "فككت القوات العراقية خلية إرهابية في الأنبار.")
group("interception")
N(("Israel", "interception"), "سقطت قذائف على بلدات إسرائيلية حدودية.")
group("corruption")
N(("Lebanon", "corruption"), "ساد الهدوء الحذر في جنوب لبنان.")
group("refugees")
N(("Saudi Arabia", "refugees"), "أعلنت السعودية أن أول أيام رمضان 1447 هجري يوافق الأربعاء.")
group("prisoners")
XN(
    ("Russia", "prisoners", "Ukraine"),
    "أشاد الوزير بسير المفاوضات بين روسيا وأوكرانيا.",
    "أسير loses its alef as if it were an imperfect prefix and becomes سير ('course, traffic'): "
    "needs imperfect prefixes stripped from verbs only. أسير stays: counts use the singular (390 أسيرا)",
)
group("protest")
XN(
    ("Tunisia", "protest"),
    "تتفاقم ظاهرة الهجرة غير النظامية في تونس.",
    "تظاهرة loses its ت as if it were an imperfect prefix and becomes ظاهرة ('phenomenon'): "
    "needs imperfect prefixes stripped from verbs only. تظاهر stays: it is the press's verb for protesting",
)

# --- more English wire phrasing (rules in English on English copy) ------------------------

for _g, _terms, _text in [
    ("airstrike", ("Israel", "airstrike"), "Israeli jets struck targets in Damascus."),
    ("airstrike", ("Israel", "airstrike", "Lebanon"), "An Israeli strike on a car killed two people in Lebanon."),
    ("airstrike", ("United States", "airstrike"), "US forces carried out strikes against Houthi targets."),
    ("attack", ("Russia", "attack", "Ukraine"), "Russia hit Ukraine's power grid with a barrage of missiles and drones."),
    ("ceasefire", ("Israel", "ceasefire", "Hamas"), "Israel and Hamas agreed to pause the fighting."),
    ("sanctions", ("EU", "sanctions", "Russia"), "The EU adopted a new package of restrictive measures against Russia."),
    ("sanctions", ("Iran", "sanctions"), "Washington blacklisted ten Iranian firms."),
    ("withdrawal", ("Russia", "withdrawal", "Syria"), "Russia is scaling back its military presence in Syria."),
    ("withdrawal", ("United States", "withdrawal", "UNESCO"), "The United States pulled out of UNESCO."),
    ("arrest", ("Turkey", "arrest"), "Turkish police detained 50 people in raids."),
    ("drone", ("Ukraine", "drone"), "Ukrainian UAVs attacked a refinery in Russia."),
    ("invasion", ("Israel", "invasion", "Gaza"), "Israel began a ground assault on Gaza City."),
    ("clashes", ("Sudan", "clashes"), "Battles raged in Sudan's El Fasher."),
    ("capture", ("Syria", "capture", "Aleppo"), "Rebels seized Aleppo in a lightning offensive, Syria state media said."),
    ("capture", ("Russia", "capture"), "Russian troops recaptured the village, Russia's defence ministry said."),
    ("election", ("Iran", "election"), "Iranians voted in a presidential run-off."),
    ("resignation", ("Lebanon", "resignation"), "Lebanon's prime minister tendered his resignation."),
    ("hostage", ("Israel", "hostage"), "Hamas freed three Israeli captives."),
    ("prisoners", ("Russia", "prisoners", "Ukraine"), "Russia and Ukraine swapped 300 POWs each."),
    ("refugees", ("Sudan", "refugees"), "Sudanese fleeing the war crossed into Chad."),
    ("talks", ("Iran", "talks", "United States"), "Iran and the United States held indirect negotiations in Muscat."),
    ("humanitarian-aid", ("Gaza", "humanitarian aid"), "Aid deliveries into Gaza resumed on Sunday."),
    ("famine", ("Gaza", "famine"), "Gaza is experiencing famine, the IPC said."),
    ("deployment", ("Israel", "deployment"), "Israel deployed troops along the Syrian border."),
    ("mobilization", ("Russia", "mobilization"), "Russia called up 300,000 reservists."),
    ("military-exercise", ("China", "military exercise"), "China launched large-scale drills around Taiwan."),
    ("visit", ("Egypt", "visit"), "Egypt's president travelled to Paris on Monday."),
    ("agreement", ("Saudi Arabia", "agreement"), "Saudi Arabia and the US signed a defence pact."),
    ("explosion", ("Pakistan", "explosion"), "A suicide bombing killed 12 in Pakistan."),
    ("siege", ("Israel", "siege", "Gaza"), "Israel's blockade of Gaza continued."),
    ("execution", ("Iran", "execution"), "A man was hanged in Iran for spying."),
    ("tariffs", ("United States", "tariffs"), "The US raised levies on Chinese goods."),
]:
    group(_g)
    P(_terms, _text)

group("attack")
XP(("Iran", "attack"), "Iran struck Israel with hundreds of missiles.", "bare 'struck' is also a labour strike and 'struck a deal': needs word sense")
group("invasion")
XP(("Israel", "invasion", "Lebanon"), "Israeli troops pushed into southern Lebanon.", "'pushed into' is too general for a phrase: needs word sense")
group("airstrike")
N("airstrike", "The union called a strike for Monday.")
group("clashes")
N(("Israel", "clashes"), "Israel faces a legal battle over the law.")
group("capture")
XN(("Mexico", "capture"), "Mexican police seized two tonnes of cocaine.", SENSE + " (seized drugs)")
group("talks")
XN("talks", "He talked about his childhood.", "'talks' stems to 'talk' (known looseness in concepts.yaml)")

# --- more Arabic wire phrasing ---------------------------------------------------------------

for _g, _terms, _text in [
    ("evacuation", ("Israel", "evacuation"), "وجه الجيش الإسرائيلي إنذارات بالإخلاء لسكان 20 بلدة لبنانية."),
    ("explosion", ("Iraq", "explosion"), "انفجرت عبوة لاصقة بسيارة ضابط عراقي."),
    ("explosion", ("Somalia", "explosion"), "قتل 10 أشخاص في تفجير انتحاري بسيارة مفخخة في الصومال."),
    ("shelling", ("Ukraine", "shelling"), "تعرضت مدينة خيرسون الأوكرانية لقصف مدفعي."),
    ("siege", ("Sudan", "siege"), "فك الجيش السوداني الحصار عن مدينة الأبيض."),
    ("summit", ("Egypt", "summit"), "استضافت مصر قمة شرم الشيخ للسلام."),
    ("resignation", ("Israel", "resignation"), "أعلن رئيس الأركان الإسرائيلي تنحيه عن منصبه."),
    ("kidnapping", ("Libya", "kidnapping"), "اختطف مسلحون مسؤولا ليبيا في طرابلس."),
    ("hostage", ("Israel", "hostage"), "تسلم الصليب الأحمر جثث أربعة رهائن إسرائيليين."),
    ("prisoners", ("Israel", "prisoners"), "نصت الصفقة على الإفراج عن 1900 معتقل فلسطيني من السجون الإسرائيلية."),
    ("labour-strike", ("Morocco", "general strike"), "دعت النقابات المغربية إلى إضراب وطني."),
    ("earthquake", ("Afghanistan", "earthquake"), "ارتفعت حصيلة ضحايا الزلزال في أفغانستان إلى 2200."),
    ("flood", ("Libya", "flood"), "غمرت المياه أحياء درنة الليبية."),
    ("fire", ("Lebanon", "fire"), "اشتعلت النيران في أحراج جنوب لبنان."),
    ("fire", ("Syria", "fire"), "التهمت الحرائق آلاف الهكتارات في ريف اللاذقية السوري."),
    ("nuclear", ("Iran", "nuclear"), "هاجمت الولايات المتحدة منشأة فوردو النووية الإيرانية."),
    ("epidemic", ("Yemen", "epidemic"), "أعلنت الصحة اليمنية تسجيل إصابات بالحصبة."),
    ("epidemic", ("Sudan", "epidemic"), "انتشرت الكوليرا في مخيمات النازحين السودانيين."),
    ("injuries", ("Gaza", "injuries"), "أصيب 30 فلسطينيا بجروح في غزة."),
    ("injuries", ("Gaza", "injuries"), "ارتفع عدد المصابين في غزة إلى 100 ألف."),
    ("sanctions", ("Syria", "sanctions"), "أعلنت الخزانة الأمريكية رفع العقوبات المفروضة على سوريا."),
    ("election", ("Egypt", "election"), "بدأ المصريون في الخارج التصويت في انتخابات مجلس النواب."),
    ("protest", ("Turkey", "protest"), "نزل آلاف الأتراك إلى الشوارع احتجاجا على اعتقال رئيس البلدية."),
    ("agreement", ("Ukraine", "agreement", "United States"), "وقعت أوكرانيا والولايات المتحدة اتفاقية المعادن."),
    ("withdrawal", ("Israel", "withdrawal"), "بدأ الجيش الإسرائيلي انسحابه من محور نتساريم."),
    ("withdrawal", ("Syria", "withdrawal", "Russia"), "غادرت السفن الحربية الروسية ميناء طرطوس السوري."),
    ("visit", ("Russia", "visit"), "يقوم وزير الخارجية الروسي بزيارة إلى الجزائر."),
    ("talks", ("Iran", "talks"), "انطلقت الجولة الخامسة من المحادثات الإيرانية الأمريكية."),
    ("invasion", ("Israel", "invasion", "Syria"), "توغلت قوات إسرائيلية في ريف القنيطرة السوري."),
    ("clashes", ("Israel", "clashes"), "اندلعت مواجهات بين شبان فلسطينيين وقوات الاحتلال الإسرائيلي."),
    ("capture", ("Russia", "capture"), "أعلنت روسيا بسط سيطرتها الكاملة على مقاطعة لوغانسك."),
    ("mobilization", ("Turkey", "mobilization"), "أقرت تركيا تمديد الخدمة العسكرية الإلزامية."),
    ("mobilization", ("Israel", "mobilization"), "أصدر الجيش الإسرائيلي أوامر استدعاء لجنود احتياط."),
    ("coup", ("Mali", "coup"), "أعلن المجلس العسكري الحاكم في جمهورية مالي الاستيلاء على السلطة."),
]:
    group(_g)
    P(_terms, _text)

group("talks")
P(("Russia", "talks"), "يجري مسؤولون روس وأمريكيون محادثات في الرياض.")
P(("Iran", "talks"), "تتفاوض إيران مع الترويكا الأوروبية.")
group("airstrike")
# the dual nisba (إسرائيليتين) agrees with a dual noun: build_countries writes the dual forms
P(("Israel", "airstrike"), "استشهد شخصان في غارتين إسرائيليتين على جنوب لبنان.")
P(("Russia", "drone"), "أسقطت الدفاعات الجوية مسيرتين روسيتين فوق المدينة.")
group("election")
XP(("Iran", "election"), "يصوت الإيرانيون يوم الجمعة.", "the verb صوّت is written like صوت (voice): needs vocalization or word sense")
group("kidnapping")
XP(
    ("Mali", "kidnapping"),
    "خطف مسلحون أجانب في مالي.",
    "bare مالي (Mali) is left out of the country's names: it is also \"financial\". Needs word sense",
)
group("evacuation")
XP(
    ("Sudan", "evacuation"),
    "أجلت السعودية مئات الرعايا من السودان عبر ميناء بورتسودان.",
    "the verb أجلى is left out: it reduces to أجل (postponed, من أجل). Needs form-IV defective verbs kept apart",
)
group("coup")
XP(("Mali", "coup"), "استولى العسكريون على السلطة في جمهورية مالي.", GAP + " (استولى ... على السلطة)")
XP(
    ("Iran", "coup"),
    "اتهمت إيران أطرافا خارجية بالتخطيط لانقلاب.",
    "bare انقلاب is left out (انقلاب شاحنة, an overturned truck): needs word sense",
)
group("deployment")
XP(("Russia", "deployment"), "أرسلت روسيا قوات إضافية إلى الحدود.", GAP + " (أرسلت ... قوات)")

group("protest")
N(("Iran", "protest"), "Iran demonstrated its new missile at a parade.")
P(("Serbia", "protest"), "Students held mass demonstrations in Serbia.")
group("interception")
N(("Russia", "interception"), "Russian stocks went down on Monday.")
group("deployment")
N(("Egypt", "deployment"), "Egypt and Jordan agreed to reinforce cooperation.")
N(("Ukraine", "deployment"), "Voters queued at a polling station in Ukraine.")
group("execution")
N(("Israel", "execution"), "Israel's coalition may hang on until the budget vote.")
group("visit")
N(("Russia", "visit"), "أعلنت وزارة الدفاع الروسية تدمير مستودع للذخيرة.")
XP(
    ("Russia", "visit", "Egypt"),
    "زار وزير الخارجية الروسي مصر أمس.",
    "the perfect زار is left out: وزارة (ministry) is read و + زارة and keyed زار; needs a clitic "
    "reading dropped when the whole word is a known word",
)
group("talks")
N(("Russia", "talks"), "نشرت وسائل التواصل الاجتماعي الروسية صورا للحادث.")
N(("Iraq", "talks"), "تمكنت القوات العراقية من إلقاء القبض على المتهم.")
P(("Iraq", "talks"), "التقى رئيس الوزراء العراقي بالسفير الأمريكي في بغداد.")
P(("Iraq", "talks"), "بحث وزير الخارجية العراقي خلال لقاء مع نظيره الإيراني العلاقات الثنائية.")
group("negotiations")
N(("Lebanon", "negotiations"), "أثار القرار جدلا واسعا في الأوساط السياسية اللبنانية.")
P(("Egypt", "negotiations"), "أكد الوسطاء في مصر وقطر استمرار جهود الوساطة.")
group("genocide")
N(("Syria", "genocide"), "هاجم تنظيم داعش دورية في البادية السورية.")
group("injuries")
XN(
    ("Syria", "injuries"),
    "افتتح معبر نصيب السوري الحدودي.",
    "أصيب loses its alef as if it were an imperfect prefix (صيب), and so does نصيب ('share', the Nasib "
    "crossing): needs imperfect prefixes stripped from verbs only. أصيب stays: it is the casualty verb",
)
group("capture")
N(("Argentina", "capture"), "Argentina's liberal president cut spending.")
group("clashes")
N(("Greece", "clashes"), "Greek firefighters battled the blaze for two days.")

# --- names of organizations, armed groups and places ----------------------------------

group("names")
P(("Hezbollah", "drone"), "أعلن حزب الله مسؤوليته عن استهداف ثكنة إسرائيلية بمسيرة انقضاضية.")
P(("Hamas", "ceasefire"), "قال المتحدث باسم حماس إن الحركة سلمت ردها على مقترح الهدنة.")
P(("Houthis", "missile"), "أعلنت جماعة أنصار الله استهداف سفينة في خليج عدن بصاروخ مجنح.")
P(("Houthis", "airstrike"), "شنت طائرات أمريكية غارات على مواقع للحوثيين في صنعاء.")
P(("HTS", "attack"), "قاد هجوم هيئة تحرير الشام إلى سقوط النظام خلال أحد عشر يوما.")
P(("SDF", "arrest"), "اعتقلت قسد عشرات الشبان في حملة دهم بريف دير الزور.")
P(("PKK", "ceasefire", "Turkey"), "أعلن حزب العمال الكردستاني وقف إطلاق النار مع تركيا.")
P(("ISIS", "attack"), "تبنى تنظيم الدولة الإسلامية الهجوم على الكنيسة.")
P(("ISIS", "attack"), "أعلن داعش مسؤوليته عن هجوم على حاجز للجيش.")
P(("Wagner", "withdrawal", "Mali"), "أعلنت مجموعة فاغنر انسحابها من جمهورية مالي.")
P(("Wagner", "Africa Corps"), "حل الفيلق الإفريقي الروسي محل مجموعة فاجنر في مالي.")
P(("IAEA", "visit"), "بدأ المدير العام للوكالة الدولية للطاقة الذرية زيارة إلى طهران.")
P(("UNRWA", "Israel"), "حظرت إسرائيل عمل الأونروا في القدس الشرقية.")
P(("Arab League", "summit"), "دعت جامعة الدول العربية إلى قمة طارئة.")
P(("GCC", "talks"), "عقد مجلس التعاون الخليجي اجتماعا وزاريا في الرياض.")
P("OPEC", "قررت أوبك+ تمديد خفض الإنتاج حتى نهاية العام.")
P(("Red Sea", "Houthis"), "استهدف الحوثيون سفينة شحن في البحر الأحمر.")
P(("Iran", "Strait of Hormuz"), "هددت إيران بإغلاق مضيق هرمز.")
P(("Golan", "invasion"), "توغلت قوات إسرائيلية في المنطقة العازلة بالجولان.")
P(("West Bank", "killing"), "قتل مستوطنون فلسطينيا في الضفة الغربية.")
P(("Rafah", "evacuation"), "أمر الجيش الإسرائيلي بإخلاء أحياء شرق رفح.")
P(("Taliban", "Afghanistan"), "قالت حكومة طالبان في أفغانستان إنها ستفرج عن المعتقلين.")
P(("al-Shabaab", "attack"), "هاجمت حركة الشباب قاعدة عسكرية في وسط الصومال.")
P(("Muslim Brotherhood", "Jordan"), "حظر الأردن أنشطة جماعة الإخوان المسلمين.")
P(("Israel", "siege"), "تواصل قوات الاحتلال حصار مخيم جنين لليوم العاشر.")
P(("Israel", "missile", "Houthis"), "أعلن الحوثيون إطلاق صاروخ باليستي على أهداف للكيان الصهيوني.")
P(("Hezbollah", "attack"), "أعلنت المقاومة الإسلامية في لبنان استهداف تجمع لجنود إسرائيليين.")
P(("GCC", "Iran"), "أصدر المجلس الوزاري لمجلس التعاون بيانا بشأن إيران.")
P(("Somaliland", "Israel"), "اعترفت إسرائيل بإقليم أرض الصومال.")
P(("Kurdistan", "election"), "أجرى إقليم كردستان العراق انتخابات برلمانية.")
P(("Houthis", "attack"), "أعلنت القوات المسلحة اليمنية التابعة لأنصار الله استهداف مطار بن غوريون.")
P(("Qassam Brigades", "Hamas"), "قال المتحدث باسم كتائب القسام الجناح العسكري لحركة حماس إن المقاتلين دمروا دبابة.")
P(("IRGC", "drone"), "أعلن الحرس الثوري الإيراني إسقاط مسيرة.")
P(("PMF", "shelling"), "قال الحشد الشعبي إن مقرا له تعرض لقصف.")
P(("El Fasher", "RSF"), "سقطت مدينة الفاشر في يد قوات الدعم السريع.")
P(("Suez Canal", "Houthis"), "تراجعت إيرادات قناة السويس بسبب هجمات الحوثيين.")
P(("Crimea", "drone"), "أعلنت روسيا إسقاط مسيرات فوق شبه جزيرة القرم.")
P(("Zaporizhzhia", "nuclear"), "قالت الوكالة إن محطة زابوريجيا النووية فقدت الكهرباء.")
P(("Gaza City", "evacuation"), "طالب الجيش الإسرائيلي سكان مدينة غزة بالإخلاء نحو الجنوب.")
P(("Al-Hol", "Iraq"), "أعاد العراق دفعة جديدة من عائلات مخيم الهول.")
P(("Allenby Bridge", "Jordan"), "أغلق الأردن معبر الكرامة مع الضفة الغربية بعد إطلاق نار.")
P(("Mediterranean", "migration"), "غرق عشرات المهاجرين في البحر الأبيض المتوسط.")
P(("Goma", "M23"), "سيطرت حركة إم 23 على مدينة غوما.")
P(("Xinjiang", "China"), "نفت الصين اتهامات بانتهاكات في إقليم شينجيانغ.")
N("Qusayr", "نشر الجيش صواريخ قصيرة المدى على المدى القصير.")
N("Aqaba", "قال الوزير إن العقبة الرئيسية أمام الاتفاق هي التمويل.")
XP(
    ("West Bank", "settlements"),
    "أصيب فلسطينيان برصاص مستوطنين في الضفة.",
    "bare الضفة is also a river bank (الضفة الشرقية للفرات): needs coreference of a short form with the full name",
)
XP(("Gaza", "shelling"), "تواصل القصف على القطاع المحاصر لليوم الثالث.", "القطاع (the Strip) alone, with Gaza named in an earlier sentence: coreference across sentences")
XP(("Israel", "airstrike"), "شنت طائرات جيش الاحتلال غارات على خان يونس.", "جيش الاحتلال names the IDF, an entity apart from Israel: needs an engine link from an institution to its country")


# --- the rules ---------------------------------------------------------------------------


def _rule_yaml() -> tuple[str, dict[tuple[str, ...], str]]:
    ids: dict[tuple[str, ...], str] = {}
    lines = ["version: 1", "rules:"]
    for p in PROBES:
        if p.terms in ids:
            continue
        rid = ids[p.terms] = f"probe-{len(ids)}"
        lines.append(f"  - id: {rid}")
        lines.append(f"    title: {json.dumps(' + '.join(p.terms), ensure_ascii=False)}")
        if len(p.terms) == 1:
            lines.append(f"    match: {json.dumps(p.terms[0], ensure_ascii=False)}")
        else:
            terms = ", ".join(json.dumps(t, ensure_ascii=False) for t in p.terms)
            lines.append(f"    match: {{all: [{terms}], within: sentence}}")
    return "\n".join(lines) + "\n", ids


def _lang(text: str) -> str:
    return "ar" if re.search("[\u0600-\u06ff]", text) else "en"


def load_probe_rules(tmp_dir):
    from raqib import load_rules

    text, ids = _rule_yaml()
    path = tmp_dir / "probe.yaml"
    path.write_text(text, encoding="utf-8")
    return load_rules(tmp_dir), ids


def found(watchlist, ids, p: Probe) -> bool:
    hits = {m.rule.id for m in watchlist.match({"id": "p", "lang": _lang(p.text), "title": "", "text": p.text})}
    return ids[p.terms] in hits


@pytest.fixture(scope="module")
def probe_rules(tmp_path_factory):
    return load_probe_rules(tmp_path_factory.mktemp("probe"))


def test_every_rule_term_resolves_to_the_lexicon(probe_rules):
    """The probe's English words name built-in entities and concepts, not literal keywords."""
    wl, _ = probe_rules
    keywords = sorted({t.text for t in wl.compiled.terms if t.resolved.kind == "keyword"})
    assert keywords == []


def test_every_concept_is_probed():
    import yaml

    from raqib.lexicon import builtin_paths

    concepts = {c for path in builtin_paths() for c in (yaml.safe_load(path.read_text(encoding="utf-8")).get("concepts") or {})}
    probed = {p.group for p in PROBES}
    assert concepts <= probed


def test_known_misses_say_why():
    assert all(p.why for p in PROBES if p.kind in ("XP", "XN"))


# Words a desk writes as a bare term, and the built-in concept each must resolve to (a bare
# term resolves by its exact words; an unresolved one is an English-only literal keyword).
DESK_WORDS = {
    "airstrikes": "airstrike",
    "air strikes": "airstrike",
    "drones": "drone",
    "missiles": "missile",
    "rockets": "missile",
    "attacks": "attack",
    "raid": "attack",
    "truce": "ceasefire",
    "protests": "protest",
    "protesters": "protest",
    "elections": "election",
    "referendum": "election",
    "arrests": "arrest",
    "arrested": "arrest",
    "killed": "killing",
    "killings": "killing",
    "massacre": "killing",
    "explosions": "explosion",
    "bombing": "explosion",
    "hostages": "hostage",
    "kidnapped": "kidnapping",
    "earthquakes": "earthquake",
    "floods": "flood",
    "wildfires": "fire",
    "curfew": "state-of-emergency",
    "tariff": "tariffs",
    "settlers": "settlements",
    "spying": "espionage",
    "famine": "famine",
    "genocide": "genocide",
    "death penalty": "execution",
    "set free": "release",
    "migrants": "migration",
    "corruption": "corruption",
    "bailout": "loan",
    "LNG": "gas",
}


def test_desk_words_resolve_to_concepts(probe_rules):
    from raqib.engine.resolve import Resolver

    resolver = Resolver(probe_rules[0].ruleset.definitions)
    assert {w: resolver.lookup(w) for w in DESK_WORDS} == DESK_WORDS


@pytest.mark.parametrize("p", PROBES, ids=[f"{p.group}-{p.kind}-{i}" for i, p in enumerate(PROBES)])
def test_probe(probe_rules, p):
    wl, ids = probe_rules
    assert found(wl, ids, p) is p.expect, (p.kind, p.terms, p.text, p.why)


if __name__ == "__main__":  # a score table: uv run python tests/lexicon/test_lexicon_probe.py
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as d:
        wl, ids = load_probe_rules(Path(d))
        score: dict[str, Counter] = defaultdict(Counter)
        for p in PROBES:
            f = found(wl, ids, p)
            positive = p.kind in ("P", "XP")
            score[p.group]["pos" if positive else "neg"] += 1
            if positive and f:
                score[p.group]["found"] += 1
            if not positive and f:
                score[p.group]["false"] += 1
            if f is not p.expect:
                print(f"UNEXPECTED {p.kind} {p.group} {p.terms}: {p.text}")
        by_lang: dict[str, Counter] = defaultdict(Counter)
        for p in PROBES:
            c, positive = by_lang[_lang(p.text)], p.kind in ("P", "XP")
            c["pos" if positive else "neg"] += 1
            c["found" if positive else "false"] += found(wl, ids, p)
        for lang, c in sorted(by_lang.items()):
            print(f"{'lang ' + lang:20s} found {c['found']}/{c['pos']}  false alarms {c['false']}/{c['neg']}")
        total = Counter()
        for g, c in score.items():
            total.update(c)
            print(f"{g:20s} found {c['found']}/{c['pos']}  false alarms {c['false']}/{c['neg']}")
        print(f"{'TOTAL':20s} found {total['found']}/{total['pos']}  false alarms {total['false']}/{total['neg']}")
