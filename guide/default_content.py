"""The guide's default content as plain data: niches, tips, sections, methods with their requirements.

Facts, figures and sources follow the team's researched FACTS.md (checked 2026-11-25). Markdown
headings are written `##`: guide.markdown shifts them one level down, so they render as <h3> under
the page's own <h1> and per-part <h2>. `manage.py load_default_content` loads all of this into an
empty database; after that, editors keep it current in the admin.

Route dicts match guide.models.Route; "source" is an index into the method's own "sources" list.
"""

LAST_CHECKED = "2026-11-25"

# ISO 3166-1 alpha-2 codes, as FACTS.md lists them.
CREATOR_REWARDS_COUNTRIES = ["US", "GB", "DE", "FR", "JP", "KR", "BR", "MX"]
SUBSCRIPTION_COUNTRIES = ["BR", "FR", "DE", "ES", "GB", "ID", "IT", "JP", "KR", "US", "CA"]
TIKTOK_ONE_COUNTRIES = [
    "AU", "BR", "CA", "EG", "FR", "DE", "GB", "ID", "IL", "IT", "JP", "MY", "PH", "SA", "SG", "KR", "ES",
    "TW", "TH", "TR", "AE", "US", "VN",
]  # fmt: skip
# Effect House's FAQ (official), second check of FACTS.md.
EFFECT_CREATOR_REWARDS_COUNTRIES = [
    "AR", "AU", "AT", "BH", "BE", "BY", "BR", "CA", "CL", "CO", "CZ", "DK", "EC", "EG", "FI", "FR", "DE", "GR",
    "HU", "ID", "IE", "IL", "IT", "JP", "KZ", "KW", "MY", "MX", "MA", "NL", "NZ", "NO", "OM", "PE", "PH", "PL",
    "PT", "QA", "RO", "SA", "ZA", "KR", "ES", "SE", "CH", "TW", "TH", "TR", "AE", "GB", "US", "UY", "VN",
]  # fmt: skip
SHOP_MARKETS = [
    "ID", "GB", "TH", "MY", "PH", "VN", "SG", "US", "ES", "IE", "MX", "FR", "DE", "IT", "BR", "JP", "BE",
]  # fmt: skip

FINAL_WORD = (
    "- **TikTok Studio's Monetization screen is the final word.** If it disagrees with this page, "
    "trust the app: it shows what your account can join today."
)
US_2026 = (
    "- **US creators:** the US app moved to a new owner, TikTok USDS Joint Venture LLC, around "
    "22 January 2026, with new terms of service (press: LatestLY, 24 Jan 2026; Digiday, Jan 2026). "
    "Check the current terms in the app."
)


def _route(
    name,
    order=0,
    *,
    min_followers=None,
    min_age=None,
    min_views_30d=None,
    needs_live=False,
    needs_effect_badge=False,
    allows_personal=True,
    allows_business=True,
    countries=(),
    unchecked=(),
    source=None,
    country_rules=(),
    next_step="",
):
    """A complete route dict with the defaults filled in (empty countries = everywhere TikTok operates)."""
    return {
        "name": name,
        "order": order,
        "min_followers": min_followers,
        "min_age": min_age,
        "min_views_30d": min_views_30d,
        "needs_live": needs_live,
        "needs_effect_badge": needs_effect_badge,
        "allows_personal": allows_personal,
        "allows_business": allows_business,
        "countries": list(countries),
        "unchecked": list(unchecked),
        "source": source,
        "next_step": next_step,
        "last_checked": LAST_CHECKED,
        "country_rules": [
            {"country": None, "min_age": None, "min_followers": None, "min_views_30d": None} | rule
            for rule in country_rules
        ],
    }


NICHES = [
    {"slug": slug, "name": name, "order": (index + 1) * 10}
    for index, (slug, name) in enumerate(
        [
            ("education", "Education and how-to"),
            ("beauty-fashion", "Beauty and fashion"),
            ("gaming", "Gaming"),
            ("comedy-entertainment", "Comedy and entertainment"),
            ("food-cooking", "Food and cooking"),
            ("fitness-health", "Fitness and health"),
            ("music-dance", "Music and dance"),
            ("tech", "Tech"),
            ("finance", "Money and finance"),
            ("travel", "Travel"),
            ("art-design", "Art and design"),
            ("diy-home", "DIY and home"),
            ("lifestyle-vlog", "Lifestyle and vlogs"),
            ("sports", "Sports"),
            ("film-tv", "Film and TV"),
            ("pets", "Pets and animals"),
            ("other", "Something else"),
        ]
    )
]


TIPS = [
    {
        "slug": "consistency",
        "title": "Post on a schedule you can keep",
        "summary": "A steady rhythm grows your audience and keeps you inside the 30-day windows that "
        "most programs measure.",
        "order": 10,
        "body": """\
Most programs look at your **last 30 days**. Creator Rewards and Subscriptions count 100,000 views in
that window; Series and TikTok One want at least 3 posts in it. A steady rhythm keeps you inside those
windows instead of bouncing in and out.

- **Pick a pace you can hold for three months.** Three good videos a week beat two weeks of daily
  posts followed by silence.
- **Batch your filming.** Record several videos in one session and edit them during the week.
- **Schedule ahead.** TikTok Studio on the web lets you schedule posts, so they go out at your
  audience's best times even on busy days.
- **Keep an idea list** in your notes app. Every question in your comments is a possible video.
- **Use running formats** ("Part 2", "Day 14 of...") so viewers know more is coming and follow.

Stay consistent in topic too: when your videos stick to a clear theme, it's easier for new viewers to
see why they should follow.
""",
    },
    {
        "slug": "trends",
        "title": "Use trends, in your own way",
        "summary": "Trending sounds and formats bring reach; your own angle makes that reach count.",
        "order": 20,
        "body": """\
Trends put your video in front of people who don't follow you yet. They work best when you bring
something only you can add.

- **Spot them early.** Watch your For You feed with a creator's eye: the same sound or format three
  times in a day is a trend. TikTok's Creative Center website also lists trending songs and hashtags
  by country.
- **Only join trends that fit your niche.** A cooking creator doing a dance trend confuses the
  people who followed for recipes. Do the trend *with* your topic instead.
- **Add your own twist.** For Creator Rewards, TikTok weighs originality, and Duets and Stitches
  don't earn at all. Your own take on a format is worth more than a copy.
- **Mix trends with evergreen videos.** Trends fade in days; a clear answer to a question people
  search for ("how to descale a kettle") can get views for months.
- **Business accounts** can only use sounds from TikTok's commercial music library, so some trending
  songs won't be available to them.
""",
    },
    {
        "slug": "analytics",
        "title": "Read your analytics in TikTok Studio",
        "summary": "Your numbers show what to make more of, and whether you meet a program's views minimum.",
        "order": 30,
        "body": """\
Open **TikTok Studio** from your profile, then **Analytics**. Pick a date range: there are presets
for 7, 28 and 60 days. The 28-day figure is the closest stand-in for the "last 30 days" that
programs (and our checker) use.

| Look at | What it tells you | What to do |
| --- | --- | --- |
| Video views | Whether you're near 100,000 in 30 days (Creator Rewards, Subscriptions) | Track it weekly, not daily |
| Average watch time, watched full video | Whether people stay | Cut slow openings; get to the point sooner |
| Traffic source (For You, Search, Profile, Following) | Where viewers find you | For You views matter for Creator Rewards; Search views show lasting value |
| New followers per video | Which topics grow your audience | Make more videos like your top three |
| Follower activity by hour | When your followers are online | Post or go LIVE just before the busy hours |

Once a month, list your three best and three weakest videos and write down what differs: the hook,
the topic, the length. Compare yourself with your own past, not with other creators.
""",
    },
    {
        "slug": "engagement",
        "title": "Talk with your audience",
        "summary": "Replies, questions and LIVEs turn viewers into regulars, and regulars are who "
        "subscribe, send Gifts and buy.",
        "order": 40,
        "body": """\
Viewers who feel heard come back, and people who come back are the ones who subscribe, send Gifts
and buy what you recommend.

- **Reply to comments early**, especially in the first hour after posting.
- **Answer good questions with a video reply.** It's a new video for you and a shout-out for them.
- **End with a specific question** ("Which one would you pick, A or B?"), not "Let me know what you
  think".
- **Pin a helpful comment**: the answer most people ask for, or a pointer to your bio link.
- **Go LIVE once you can.** A regular Q&A turns followers into a community.
- **Never buy followers, views or likes.** Fake activity doesn't count toward Creator Rewards and
  puts your account's standing at risk.
- **Be open about money.** Say when a post is paid or earns you a commission (see "Label paid and
  affiliate content"). Trust is what makes recommendations work.
""",
    },
    {
        "slug": "collaboration",
        "title": "Team up with other creators",
        "summary": "Collaborations introduce you to an audience that already likes content like yours.",
        "order": 50,
        "body": """\
A collaboration puts you in front of people who already trust a creator like you.

- **Look sideways, not up.** Creators of a similar size in a neighbouring niche (a baker and a coffee
  creator) are more likely to say yes, and their viewers are likely to enjoy you too.
- **Duet and Stitch for reach.** They're quick ways to join a conversation, but they don't earn in
  Creator Rewards. If you want a collab to earn, make it an original video longer than a minute.
- **Co-host a LIVE.** Inviting another creator as a guest brings both audiences into one stream.
- **Agree the basics first:** who posts what, when, and how you credit each other (tag and mention).
- **Paid collabs:** if a brand pays for the collaboration, both of you disclose it.
""",
    },
    {
        "slug": "profile",
        "title": "Make your profile work for you",
        "summary": "A clear profile turns a visitor into a follower, and a bio link turns a follower "
        "into a customer.",
        "order": 60,
        "body": """\
People who like one video tap through to your profile to decide whether to follow. Give them a reason
in a few seconds. Tap **Edit profile** to change these.

- **Photo:** your face or logo, recognisable at thumbnail size.
- **Name:** add what you do ("Maya | Easy vegan dinners"); the name is searchable.
- **Bio:** up to 80 characters. Say who it's for and what they get, e.g. "15-minute vegan dinners
  for busy weeknights".
- **Bio link:** personal accounts get a clickable website link at **1,000 followers**; business
  accounts can add one sooner (both reported). A link page can hold several links. Think before
  switching to a business account just for the link: business accounts can't join Creator Rewards
  or TikTok One, and they get a smaller music library.
- **Pinned videos:** pin up to three of your best or most representative videos to the top of your
  profile.
- **Contact email** in your bio or profile, so brands can reach you.
""",
    },
    {
        "slug": "disclosure",
        "title": "Label paid and affiliate content",
        "summary": "Turn on TikTok's content disclosure setting whenever you're paid, gifted products or "
        "earn a commission.",
        "order": 70,
        "body": """\
TikTok's rules, and advertising law in many countries (the FTC in the US, the ASA in the UK), expect
you to say clearly when a post is an ad.

**Disclose when** a brand pays you, sends you free products, you earn a commission on sales
(affiliate links, TikTok Shop products), or you promote your own business.

**How:**

1. Before posting, open the post's settings and turn on the **content disclosure** setting. Choose
   whether you're promoting your own brand or a third party's; TikTok adds a label to the video. The
   wording of the setting can differ between app versions.
2. Say it in the video or on screen as well, early and plainly: "This is paid by...", "I earn a
   commission if you buy through my link".
3. Don't hide it among hashtags at the end of a long caption.

Viewers rarely mind ads from creators they trust; they mind finding out later. Undisclosed ads break
TikTok's rules and can cost you your account's good standing.
""",
    },
    {
        "slug": "good-standing",
        "title": "Keep your account in good standing",
        "summary": "Every TikTok program asks for an account in good standing; rule breaks can cost you "
        "your earnings.",
        "order": 80,
        "body": """\
Creator Rewards, LIVE Gifts, Series, Subscriptions and TikTok Shop all require an account "in good
standing": no serious or repeated breaks of TikTok's rules.

- **Read the Community Guidelines** once, and again when you start a new kind of content.
- **Post original work.** Re-uploading other people's videos, or clips you didn't make, breaks the
  originality rules of Creator Rewards.
- **Keep engagement real.** No bought followers, views or likes, no bots, no "follow for follow"
  schemes.
- **Check your account status** in the app's settings now and then: it lists warnings and
  violations, and lets you appeal.
- **Appeal mistakes.** If a video is removed and you think it's wrong, appeal from the notification.
- **Keep your details true.** Programs check your age and identity before they pay you.

If a program turns you down, the notice usually says why. Fix that before you apply again.
""",
    },
]


SECTIONS = [
    {
        "slug": "landscape",
        "title": "How making money on TikTok works in 2026",
        "summary": "Direct programs where TikTok pays you, indirect ways where your audience pays off, "
        "and why you should check the date.",
        "placement": "intro",
        "order": 10,
        "body": """\
There are two kinds of ways to earn from TikTok:

- **Direct: TikTok pays you.** Creator Rewards pays for views on original videos longer than a
  minute; LIVE Gifts and Subscriptions let fans pay you inside the app; Series sells paid
  collections of videos. Each has minimums for age, followers or views.
- **Indirect: your audience pays off.** Brands pay you to feature their products, you earn
  commission as an affiliate, or you sell your own products, on TikTok Shop or in your own store.
  Most of these have low minimums, or none.

Most creators combine a few. Small accounts usually start with the indirect ways, because the main
direct programs ask for 10,000 followers or access to LIVE.

## Programs change: check the date

TikTok renames and reshapes its programs often. The Creator Fund became the Creativity Program Beta
and then, in March 2024, the Creator Rewards Program. Every method page here shows when we last
checked it and where its rules come from. When this guide and the app disagree, **TikTok Studio's
Monetization screen is the final word**.

Be careful with sites promising "new 2026 requirements". As of November 2026 we found no official
change to any follower, view or age minimum this year, and several of those sites contradict
TikTok's own rules.

## Where you live matters

Many programs run only in some countries. In the US, the app moved to a new owner, TikTok USDS Joint
Venture LLC, around 22 January 2026, with new terms of service; that month some creators reported a
missing Creator Rewards tab and lower pay. TikTok is blocked in India (since June 2020), Afghanistan,
Iran, mainland China (where Douyin is a separate app), Jordan, Somalia and Kyrgyzstan (press), so none
of these methods are available there. Albania lifted its 2025 block on 5 February 2026. In Australia,
under-16s may not hold social media accounts since 10 December 2025 (press).

Not sure where you stand? The [eligibility checker](/check/) compares your numbers with every
method's rules.
""",
    },
    {
        "slug": "content-quality",
        "title": "Content quality and audience engagement",
        "summary": "Every method rests on the same two things: videos people watch, and an audience "
        "that trusts you.",
        "placement": "outro",
        "order": 10,
        "body": """\
Every way of earning on this page rests on two things: videos people watch to the end, and an
audience that trusts you.

## What quality means on TikTok

- **Hook in the first seconds.** Open with the result, the question or the surprise, not with a
  greeting. Views that end in the first seconds don't count as qualified views for Creator Rewards
  (reported).
- **Clear sound first, then picture.** People forgive a phone camera; they don't forgive audio they
  can't follow. Add captions for people watching with the sound off.
- **Worth a minute.** Creator Rewards pays only for original videos longer than one minute, and TikTok
  weighs originality, play duration, search value and engagement. Longer works only if every part
  earns its place.
- **Searchable.** Say and write the words people search for ("easy sourdough for beginners") in the
  caption and on screen.
- **Your own.** Your ideas, footage and voice. Duets and Stitches help reach but don't earn in
  Creator Rewards.

## Engagement builds the audience that pays

Brand deals, Subscriptions, LIVE Gifts and your own products all depend on people who come back.
Reply to comments, answer questions with videos, go LIVE when you can, and be honest about paid
content. The tips show how, step by step.
""",
    },
    {
        "slug": "conclusion",
        "title": "Where to start",
        "summary": "Pick the methods that fit your size, niche and country, and let TikTok Studio have "
        "the final word.",
        "placement": "outro",
        "order": 20,
        "body": """\
There's no single best way to earn on TikTok. The right mix depends on your size, your niche and
where you live.

| Where you are | What's open to you |
| --- | --- |
| Any size | Direct deals with brands, your own products, selling on TikTok Shop where it runs |
| 1,000 followers | A clickable bio link (personal accounts), TikTok Shop Affiliate in Shop markets, and usually LIVE if you're 18+ (reported) |
| 10,000 followers | Creator Rewards (with 100,000 views in 30 days, in eight countries), Subscriptions, Series, TikTok One |

Whatever you choose: post consistently, disclose paid content, keep your account in good standing,
and check TikTok Studio's Monetization screen, which has the final word on what you can join today.

The [eligibility checker](/check/) shows exactly what you're missing for each method. Rules change,
so come back: every page shows when we last checked it.
""",
    },
]


CONTEXT_NEWS = "https://www.context.news/"  # "Which other countries ban TikTok?", early 2025 (press)
BLOCKED_COUNTRIES = [
    {
        "country": "IN",
        "note": "Blocked by the government since June 2020; an unblocking was denied on 23 Aug 2025 (Mint).",
        "source_url": "https://www.thehindu.com/news/national/india-bans-59-chinese-apps/article31953147.ece",
        "source_kind": "press",
    },
    {
        "country": "AF",
        "note": "Blocked since April 2022 (Context, 'Which other countries ban TikTok?', early 2025).",
        "source_url": CONTEXT_NEWS,
        "source_kind": "press",
    },
    {
        "country": "IR",
        "note": "Blocked (Context, 'Which other countries ban TikTok?', early 2025).",
        "source_url": CONTEXT_NEWS,
        "source_kind": "press",
    },
    {
        "country": "CN",
        "note": "Not offered in mainland China, where ByteDance runs Douyin, a separate app "
        "(Context, early 2025).",
        "source_url": CONTEXT_NEWS,
        "source_kind": "press",
    },
    {
        "country": "JO",
        "note": "Blocked since December 2022 (Context, 'Which other countries ban TikTok?', early 2025).",
        "source_url": CONTEXT_NEWS,
        "source_kind": "press",
    },
    {
        "country": "SO",
        "note": "Blocked since August 2023 (Context, 'Which other countries ban TikTok?', early 2025).",
        "source_url": CONTEXT_NEWS,
        "source_kind": "press",
    },
    {
        "country": "KG",
        "note": "Blocked (Context, 'Which other countries ban TikTok?', early 2025).",
        "source_url": CONTEXT_NEWS,
        "source_kind": "press",
    },
]

# When TikTok opens LIVE to a creator: stated once, here; every sentence about it reads this row.
# "source" is an index into the LIVE Gifts method's sources (the Benzinga report of the age rising to 18).
LIVE_ACCESS = {
    "min_age": 18,
    "min_followers": 1000,
    "method": "live-gifts",
    "source": 1,
    "note": "Age 18 since 23 Nov 2022 (press). The 1,000 followers is widely reported; no current TikTok "
    "page states it. Streamers with a history elsewhere can apply without it (reported, Jan 2024).",
    "last_checked": LAST_CHECKED,
}

# Where a creator who qualifies goes next, by country (no country = the neutral fallback). "route" names
# the route the link is for (None: any). Never another market's page: a market without a link gets text.
NEXT_STEP_LINKS = [
    {"method": "tiktok-shop", "route": None, "country": "US", "title": "TikTok Shop Seller Center (US)", "url": "https://seller-us.tiktok.com/"},
    {"method": "tiktok-shop", "route": None, "country": "GB", "title": "TikTok Shop Seller Center (UK)", "url": "https://seller-uk.tiktok.com/"},
    {"method": "tiktok-shop", "route": None, "country": "BR", "title": "TikTok Shop Seller Center (Brasil)", "url": "https://seller-br.tiktok.com/"},
    {"method": "tiktok-shop", "route": None, "country": "MX", "title": "TikTok Shop Seller Center (México)", "url": "https://seller-mx.tiktok.com/"},
    {"method": "tiktok-shop", "route": None, "country": "TH", "title": "TikTok Shop Seller Center (Thailand)", "url": "https://seller-th.tiktok.com/"},
    {"method": "tiktok-shop", "route": None, "country": "ID", "title": "TikTok Shop Seller Center (Indonesia)", "url": "https://seller-id.tiktok.com/"},
    {"method": "own-products", "route": "Sell on TikTok Shop", "country": "US", "title": "TikTok Shop Seller Center (US)", "url": "https://seller-us.tiktok.com/"},
    {"method": "own-products", "route": "Sell on TikTok Shop", "country": "GB", "title": "TikTok Shop Seller Center (UK)", "url": "https://seller-uk.tiktok.com/"},
    {"method": "own-products", "route": "Sell on TikTok Shop", "country": "BR", "title": "TikTok Shop Seller Center (Brasil)", "url": "https://seller-br.tiktok.com/"},
    {"method": "own-products", "route": "Sell on TikTok Shop", "country": "MX", "title": "TikTok Shop Seller Center (México)", "url": "https://seller-mx.tiktok.com/"},
    {"method": "affiliate-marketing", "route": "TikTok Shop Affiliate", "country": "US", "title": "Creator Eligibility Policy (US)", "url": "https://seller-us.tiktok.com/university/essay?knowledge_id=6939143037667118"},
    {"method": "affiliate-marketing", "route": "TikTok Shop Affiliate", "country": "TH", "title": "Creator affiliate policy (Thailand)", "url": "https://seller-th.tiktok.com/university/essay?knowledge_id=6821429094106881"},
    {"method": "effect-creator-rewards", "route": None, "country": "", "title": "Effect Creator Rewards FAQ", "url": "https://effecthouse.tiktok.com/learn/guides/general/faq-effect-creator-rewards"},
]  # fmt: skip


METHODS = [
    # ------------------------------------------------------------------ direct: TikTok pays
    {
        "slug": "creator-rewards",
        "name": "Creator Rewards Program",
        "category": "direct",
        "summary": "TikTok pays you for qualified views on original videos longer than one minute, once "
        "you have 10,000 followers and 100,000 views in 30 days.",
        "former_names": "Creator Fund (2020–2023), Creativity Program Beta (2023–2024)",
        "apply_hint": "In TikTok Studio, open Monetization and tap Creator Rewards Program.",
        "order": 10,
        "is_published": True,
        "last_checked": LAST_CHECKED,
        "review_every_days": 60,
        "niches": ["education", "food-cooking", "diy-home", "travel", "film-tv", "sports"],
        "suits_any_niche": False,
        "tips": ["consistency", "analytics", "good-standing", "trends"],
        "old_slugs": ["creator-fund", "creativity-program"],
        "body": """\
The Creator Rewards Program is TikTok's main way of paying creators for their videos. Once you're
accepted, your original videos **longer than one minute** earn money from their views in the For
You feed. Duets, Stitches and sponsored videos don't count.

Not every view pays the same. TikTok weighs how original a video is, how long people watch, how
useful it is in search, and how people engage with it.

It suits longer, original, searchable videos: how-tos, lessons, recipes, DIY, travel, film and TV,
sports.

## From Creator Fund to Creator Rewards

| When | What happened |
| --- | --- |
| July 2020 | The **Creator Fund** opens in the US. |
| Feb 2023 | The **Creativity Program Beta** starts, paying for videos over one minute. |
| 16 Dec 2023 | The Creator Fund closes in the US, UK, Germany and France. |
| 26 Feb 2024 | The Creator Fund closes in Italy and Spain. |
| March 2024 | The Creativity Program becomes the **Creator Rewards Program**. |
| 1 Oct 2025 | The program opens in Mexico (press). |

Advice about the "Creator Fund" describes a program that no longer exists.

## Where it runs

The US, the UK, Germany, France, Japan, South Korea, Brazil and Mexico.

## The US in 2026

Around 22 January 2026 the US app moved to a new owner, TikTok USDS Joint Venture LLC, with new terms
of service. That month some US creators reported that their Creator Rewards tab was missing and that
they earned less per 1,000 views (press). If your tab is missing, check TikTok Studio again and read
the current US terms.
""",
        "pays": """\
You earn **qualified views × RPM**, where RPM is the pay per 1,000 qualified views. Reported rates are
about **$0.40 to $1.00 per 1,000 qualified views**: an estimate from third-party guides, not a TikTok
figure. Your rate moves with originality, watch time, search value and engagement.

## Qualified views are not all your views

To **join**, TikTok counts plain video views: 100,000 in the last 30 days. To **pay** you, it counts
only qualified views, which are far fewer. Third-party guides describe a qualified view as one that:

- comes from the For You feed,
- is on an original video of one minute or more,
- lasts past the first few seconds,
- doesn't come from ads or fake activity.

| Example (reported) | Views |
| --- | --- |
| Total views on a video | 500,000 |
| Qualified views | 175,000 |
| Pay at the estimated rates | about $70 to $175 |

A video starts earning once it has 1,000 qualified For You views (reported). If you qualify but
earn little, the usual reason is few qualified views: videos under a minute, viewers who swipe away
early, or views that come from outside the For You feed.
""",
        "start": """\
1. Check the basics: you're 18 or older, on a **personal** account (not business), in one of the
   eight countries above.
2. Reach **10,000 followers** and **100,000 video views in the last 30 days**. Your views are in
   TikTok Studio, Analytics (the 28-day figure is a fair stand-in for 30 days).
3. Open **TikTok Studio** from your profile, tap **Monetization**, then **Creator Rewards Program**.
4. If you can join, apply. Reviews reportedly take a few business days.
5. Once accepted, post original videos longer than one minute: only those earn.
6. Turned down? Fix what the notice says. You can reportedly apply again after 30 days.
""",
        "caveats": f"""\
{FINAL_WORD}
- Some guides say Japan and South Korea need more followers (for example 50,000). This is
  unconfirmed, so our checker uses 10,000 everywhere. If you're there, check TikTok Studio.
- Reports that the program runs in Italy, Spain or Australia are unreliable. Italy and Spain had the
  old Creator Fund until February 2024.
- Some "2026 requirements" sites say you need only 1,000 views. TikTok's rule is 100,000 video views
  in 30 days; 1,000 is reportedly the number of qualified views a single video needs before it earns.
- Pay rates, what counts as a qualified view, and review and re-application times come from
  third-party reports, not TikTok. Treat them as estimates.
- Business, government and political accounts can't join, and your account must be in good standing.
- Mexico joined on 1 October 2025 according to press reports.
{US_2026}
""",
        "sources": [
            {
                "title": "TikTok newsroom: Introducing the new Creator Rewards Program",
                "url": "https://newsroom.tiktok.com/en-us/introducing-the-new-creator-rewards-program",
                "date_stated": "Mar 2024",
                "kind": "official",
            },
            {
                "title": "TikTok Help Center: Creativity Program",
                "url": "https://support.tiktok.com/en/business-and-creator/tiktok-creativity-program-beta/"
                "creativity-program",
                "date_stated": "",
                "kind": "official",
            },
            {
                "title": "Fast Company: TikTok's Creator Fund is ending",
                "url": "https://fastcompany.com/90979212/tiktok-billion-dollar-creator-fund-ending",
                "date_stated": "Nov 2023",
                "kind": "press",
            },
            {
                "title": "TikTok newsroom (Spain): the Creator Fund ends in Italy and Spain",
                "url": "https://newsroom.tiktok.com/es-es/creator-fund-eu",
                "date_stated": "24 Jan 2024",
                "kind": "official",
            },
            {
                "title": "Expansión: TikTok will pay content creators in Mexico",
                "url": "https://expansion.mx/tecnologia/2025/10/01/tiktok-pagara-creadores-de-contenido-mexico",
                "date_stated": "1 Oct 2025",
                "kind": "press",
            },
            {
                "title": "LatestLY: TikTok terms and conditions in the US updated",
                "url": "https://latestly.com/technology/tiktok-terms-and-conditions-in-us-updated-7287652.html",
                "date_stated": "24 Jan 2026",
                "kind": "press",
            },
            {
                "title": "Shortimize: qualified views vs total views",
                "url": "https://shortimize.com/blog/qualified-views-vs-total-views",
                "date_stated": "",
                "kind": "reported",
            },
        ],
        "routes": [
            _route(
                "Followers and views",
                min_age=18,
                min_followers=10_000,
                min_views_30d=100_000,
                allows_business=False,
                countries=CREATOR_REWARDS_COUNTRIES,
                source=0,
                unchecked=[
                    "Account in good standing",
                    "Original videos longer than one minute (Duets, Stitches and sponsored videos don't count)",
                    "Not a government, politician or political party account",
                ],
            ),
        ],
    },
    {
        "slug": "live-gifts",
        "name": "LIVE Gifts",
        "category": "direct",
        "summary": "Viewers send you virtual Gifts while you're LIVE, and you turn them into money.",
        "former_names": "",
        "apply_hint": "Tap + and choose LIVE; check LIVE Gifts under Monetization in TikTok Studio.",
        "order": 20,
        "is_published": True,
        "last_checked": LAST_CHECKED,
        "review_every_days": 60,
        "niches": ["gaming", "music-dance", "lifestyle-vlog"],
        "suits_any_niche": False,
        "tips": ["engagement", "analytics", "good-standing"],
        "old_slugs": [],
        "body": """\
When you're LIVE, viewers can buy Coins and send you Gifts: animated stickers that appear on screen.
Gifts turn into Diamonds in your account, and Diamonds can be cashed out.

It works best when people come to spend time with you: gaming streams, music, chats and Q&As. It's
also where you meet your most loyal viewers, which helps later with Subscriptions.

## First, you need LIVE

- **Age:** 18 or older since 23 November 2022 (it used to be 16).
- **Followers:** usually **1,000**. That number is widely reported, but no current TikTok page states
  it.
- **Streamer already?** If you stream regularly on another platform, you can reportedly apply for
  LIVE without the follower minimum (press, January 2024).

To see whether you have LIVE, tap **+** (create) and look for the **LIVE** option.

## Where it runs

TikTok publishes no country list for LIVE Gifts, so we treat it as available wherever TikTok
operates. The app tells you if it isn't offered where you live.
""",
        "pays": """\
1. Viewers buy **Coins** in the app.
2. They spend Coins on **Gifts** and send them during your LIVE.
3. You receive **Diamonds** and cash them out.

TikTok has said creators keep **50%** of the revenue from virtual items, after app-store and payment
fees (press, September 2023). TikTok doesn't publish a fixed value for Diamonds, so we don't give
one: your balance in the app shows what yours are worth.
""",
        "start": """\
1. Make sure you're 18 or older and can go LIVE: tap **+** and look for **LIVE**.
2. No LIVE option yet? Grow to about 1,000 followers (reported), or apply with your streaming history
   from another platform.
3. Open **TikTok Studio**, then **Monetization**, to check that LIVE Gifts is available to you, and
   set up how you get paid.
4. Plan each LIVE: a topic, a time your followers are online (Analytics shows when), and a reason to
   stay to the end.
5. Thank people for Gifts by name. It's part of the show.
""",
        "caveats": f"""\
{FINAL_WORD}
- The age rule is 18 "or the local age requirement", which may be higher where you live. In South
  Korea it is 19 (TikTok's Czech help page on Gifts, official); our checker uses 19 there.
- Streamers with a steady history on another platform can apply for LIVE without the follower
  minimum; such access lasts 14 days and renews for 180 days after going LIVE for over 25 minutes at
  least twice (reported, Jan 2024).
- The 1,000-follower LIVE minimum is widely reported but not stated on any current TikTok page. Our
  checker uses it only when you don't tell us whether you can go LIVE, and says so.
- No country list is published, so availability may differ by country.
- The 50% share comes from 2023 press reports and may have changed.
- Government, politician and political party accounts can't receive Gifts, and your account must be
  in good standing.
{US_2026}
""",
        "sources": [
            {
                "title": "TikTok Help Center: LIVE Gifts on TikTok",
                "url": "https://support.tiktok.com/en/live-gifts-wallet/tiktok-live/live-gifts-on-tiktok",
                "date_stated": "",
                "kind": "official",
            },
            {
                "title": "Benzinga: TikTok raises the minimum age for LIVE to 18",
                "url": "https://benzinga.com/news/22/10/29301174",
                "date_stated": "18 Oct 2022",
                "kind": "press",
            },
            {
                "title": "Business Insider: how TikTok LIVE pays creators and agencies",
                "url": "https://businessinsider.com/tiktok-live-paying-agencies-coach-creators-grow-gifts-"
                "livestream-revenue-2023-9",
                "date_stated": "13 Sep 2023",
                "kind": "press",
            },
            {
                "title": "TikTok Help Center (Czech): sending a Gift during a LIVE, 18 (19 in South Korea)",
                "url": "https://support.tiktok.com/cs/live-gifts-wallet/gifts/send-a-gift-during-a-live-on-tiktok",
                "date_stated": "",
                "kind": "official",
            },
            {
                "title": "Big Board Alerts: going LIVE without 1,000 followers",
                "url": "https://bigboardalerts.com/",
                "date_stated": "19 Jan 2024",
                "kind": "reported",
            },
        ],
        "routes": [
            _route(
                "LIVE access",
                min_age=18,
                needs_live=True,
                source=0,
                country_rules=[{"country": "KR", "min_age": 19}],
                unchecked=[
                    "Account in good standing",
                    "Not a government, politician or political party account",
                    "Some countries set a higher local minimum age (South Korea: 19, official)",
                ],
            ),
        ],
    },
    {
        "slug": "series",
        "name": "Series",
        "category": "direct",
        "summary": "Sell access to a paid collection of your videos, such as a course, a workshop or a "
        "training plan.",
        "former_names": "",
        "apply_hint": "In TikTok Studio, open Monetization and look for Series (it is offered in select regions only).",
        "order": 30,
        "is_published": True,
        "last_checked": LAST_CHECKED,
        "review_every_days": 60,
        "niches": ["education", "fitness-health", "food-cooking", "finance"],
        "suits_any_niche": False,
        "tips": ["consistency", "profile", "good-standing"],
        "old_slugs": [],
        "body": """\
Series lets you put a collection of videos behind a paywall. Viewers pay once to unlock it: a
ten-part course, a full baking workshop, a four-week training plan. Your free videos point to it.

According to 2023 press reports, a Series can hold up to **80 videos**, each up to **20 minutes**
long, and you set the price between **$0.99 and $189.99**.

It suits creators whose free videos already teach something people want more of: education,
fitness, cooking and personal finance.

## Who can use it

TikTok's help page (undated) asks for:

- age 18 or older (19 in South Korea),
- a public personal or business account, at least 30 days old,
- 3 or more public posts and 1,000+ video views in the last 30 days,
- 10,000+ followers, or fewer if you can show premium content you already sell elsewhere,
- original content and an account in good standing.

Series is offered in "select regions", and TikTok doesn't say which. At launch in 2023 Series were
offered to viewers in 94 countries (press).

TikTok's 2023 wording asked for "more than three" public videos (so 4+); the current help page says
3+. We show 3+, and treat it as uncertain.
""",
        "pays": """\
Viewers pay the price you set to unlock the whole Series. At launch in 2023, creators kept 100% of
Series revenue after app-store and payment fees "for a limited time" (press). We couldn't confirm the
current split in any source: the terms shown when you set up a Series are the ones that apply.

Price for the value you promise. A short mini-course sits at the low end of the range; a complete
program with many lessons can ask more. You can start modestly and raise the price as buyers leave
good comments.
""",
        "start": """\
1. Check the basics: 18+ (19 in South Korea), an account at least 30 days old, 3+ public posts and
   1,000+ video views in the last 30 days.
2. Open **TikTok Studio**, tap **Monetization** and look for **Series**. If it isn't listed, Series
   isn't offered to your account or region.
3. Apply. With fewer than 10,000 followers, show the premium content you already sell elsewhere (a
   paid course, for example).
4. Plan the collection: one clear promise, a fixed number of parts, and a free trailer video.
5. Upload the videos, set the price and publish, then point your free videos to it.
""",
        "caveats": f"""\
- **Availability is unconfirmed since 2023.** No source since the 2023 launch reports confirms who can
  still join, and TikTok lists only "select regions". TikTok Studio's Monetization screen is the final
  word.
- The video limits and price range come from 2023 press reports and may have changed.
- Our checker asks for 10,000 followers. TikTok accepts fewer if you already sell premium content
  elsewhere, which a form can't check.
- In South Korea the minimum age is 19.
{US_2026}
""",
        "sources": [
            {
                "title": "TikTok Help Center: About TikTok Series",
                "url": "https://support.tiktok.com/es/business-and-creator/tiktok-series/about-tiktok-series",
                "date_stated": "",
                "kind": "official",
            },
            {
                "title": "Tubefilter: TikTok opens Series, its paywall for premium content",
                "url": "https://tubefilter.com/2023/06/07/tiktok-series-premium-paywall-content-monetization-"
                "creators/",
                "date_stated": "7 Jun 2023",
                "kind": "press",
            },
        ],
        "routes": [
            _route(
                "Followers and views",
                min_age=18,
                min_followers=10_000,
                min_views_30d=1_000,
                source=0,
                country_rules=[{"country": "KR", "min_age": 19}],
                unchecked=[
                    "Account at least 30 days old",
                    "Public account",
                    "3+ public posts in the last 30 days",
                    "Fewer followers are accepted if you already sell premium content elsewhere",
                    "Original content",
                    "Account in good standing",
                    "Offered in select regions only (no list published)",
                ],
            ),
        ],
    },
    {
        "slug": "subscriptions",
        "name": "Subscriptions",
        "category": "direct",
        "summary": "Fans pay you every month for perks such as subscriber badges and subscriber-only "
        "videos, chats and LIVEs.",
        "former_names": "LIVE Subscription (until 2024)",
        "apply_hint": "In TikTok Studio, open Monetization and tap Subscription.",
        "order": 40,
        "is_published": True,
        "last_checked": LAST_CHECKED,
        "review_every_days": 60,
        "niches": ["gaming", "education", "fitness-health", "music-dance", "comedy-entertainment"],
        "suits_any_niche": False,
        "tips": ["engagement", "consistency", "analytics"],
        "old_slugs": ["live-subscription"],
        "body": """\
Subscriptions let your biggest fans pay you every month. In return they get perks you choose, such as
a subscriber badge or subscriber-only videos, chats and LIVEs. It started as LIVE Subscription, for
streamers only; since September 2024 video creators can use it too.

It suits creators with a loyal community that wants more of them: gaming, education, fitness, music
and comedy.

## Two ways to qualify (since September 2024)

| Route | What you need |
| --- | --- |
| Followers and views | 18+, 10,000+ followers and 100,000+ video views in the past calendar month |
| LIVE eligibility | 18+ and able to go LIVE |

Either one is enough. Your account must also be in good standing.

## Where it runs

At the September 2024 roll-out: Brazil, France, Germany, Spain, the UK, Indonesia, Italy, Japan,
South Korea and the US, with "more to follow". Canada has its own revenue split (below), so it runs
there too.
""",
        "pays": """\
Subscribers pay every month. Your share depends on where you are (press, October 2025):

| Where | Your share of net revenue | With bonus |
| --- | --- | --- |
| US and Canada (from 1 Oct 2025) | 70% | up to 90% |
| Everywhere else | 50% | up to 70% |

TikTok sets the conditions for the bonus; check the current terms in the app.
""",
        "start": """\
1. Check one route: 10,000 followers and 100,000 views last month, **or** access to LIVE. Either way
   you must be 18+.
2. Open **TikTok Studio**, tap **Monetization**, then **Subscription**.
3. Apply, then choose your perks.
4. Tell your viewers what subscribers get, in a short video and on your LIVEs.
5. Deliver the perks every month: subscribers cancel when the perks stop.
""",
        "caveats": f"""\
{FINAL_WORD}
- TikTok counts views in the **past calendar month**; our checker uses your last 30 days instead. If
  you're close to 100,000, check TikTok Studio.
- The country list is the one from the September 2024 roll-out, which promised "more to follow", so
  it may be longer now. Canada is included because of its separate revenue split.
- The revenue shares come from press reports (October 2025).
{US_2026}
""",
        "sources": [
            {
                "title": "TikTok newsroom: the expanded Subscription feature",
                "url": "https://newsroom.tiktok.com/en-us/empowering-creators-and-fostering-communities-with-"
                "the-expanded-subscription-feature",
                "date_stated": "Sept 2024",
                "kind": "official",
            },
            {
                "title": "Social Media Today: TikTok expands Subscription payouts in the US and Canada",
                "url": "https://socialmediatoday.com/news/tiktok-expands-creator-subscription-payouts-us-canada/"
                "801996/",
                "date_stated": "5 Oct 2025",
                "kind": "press",
            },
        ],
        "routes": [
            _route(
                "Followers and views",
                order=0,
                min_age=18,
                min_followers=10_000,
                min_views_30d=100_000,
                countries=SUBSCRIPTION_COUNTRIES,
                source=0,
                unchecked=[
                    "Account in good standing",
                    "TikTok counts views in the past calendar month; the checker uses your last 30 days",
                ],
            ),
            _route(
                "LIVE eligibility",
                order=1,
                min_age=18,
                needs_live=True,
                countries=SUBSCRIPTION_COUNTRIES,
                source=0,
                unchecked=["Account in good standing"],
            ),
        ],
    },
    {
        "slug": "effect-creator-rewards",
        "name": "Effect Creator Rewards",
        "category": "direct",
        "summary": "Designers earn when the AR effects they build in Effect House are used in many public "
        "videos.",
        "former_names": "",
        "apply_hint": "In Effect House, open Effect Creator Rewards and complete the tax and payment set-up.",
        "order": 50,
        "is_published": True,
        "last_checked": LAST_CHECKED,
        "review_every_days": 60,
        "niches": ["art-design", "tech"],
        "suits_any_niche": False,
        "tips": ["trends", "analytics"],
        "old_slugs": [],
        "body": """\
Effect Creator Rewards pays people who build augmented-reality effects (the filters, lenses and games
others use in their videos) with **Effect House**, TikTok's free desktop tool for making effects. You
don't need followers: what counts is how often people use your effects.

It's a good fit for designers, 3D artists and tech-minded creators, and a way to earn from TikTok
without being on camera. Popular effects can also bring people to your profile, because videos made
with an effect show its name.

## Who can join (official, July 2024)

- Age 18 or older.
- A **Gold, Platinum or Diamond Effect House badge**: at least 5 published effects, 3 of which have each
  been used in 1,000 qualified videos.
- Tax and payment details set up in Effect House.
- Living in one of the 53 countries listed in Effect House's FAQ (official): most of Europe and the
  Americas, Australia, New Zealand, Japan, South Korea, much of the Middle East and South-East Asia,
  South Africa and Morocco. Our checker tests the list.

Nobody qualifies without building effects: followers don't count here.
""",
        "pays": """\
An effect starts earning once it has been used in **5,000 unique public videos within 30 days**
(official, July 2024). The Effect House pages we checked don't publish a fixed rate per video, so we
don't estimate one.
""",
        "start": """\
1. Download **Effect House** from effecthouse.tiktok.com and sign in with your TikTok account.
2. Build and publish effects people want to use in their own videos. Post a video with each one so
   people can find it.
3. Once you have 5 published effects and 3 of them have each been used in 1,000 qualified videos, you
   get the badge.
4. Join Effect Creator Rewards from Effect House; its FAQ (see Sources) has the current steps.
""",
        "caveats": f"""\
- The rules come from Effect House pages of July 2024 and may have changed.
- The program runs in 53 countries; our checker uses the FAQ's list, which may change.
- Only you know whether you hold the badge: our checker asks, and never calls this open unless you say
  you do. The 5,000-video condition can't be checked by our form. Effect House shows your progress and
  has the final word.
{US_2026}
""",
        "sources": [
            {
                "title": "Effect House: Effect Creator Rewards FAQ",
                "url": "https://effecthouse.tiktok.com/learn/guides/general/faq-effect-creator-rewards",
                "date_stated": "",
                "kind": "official",
            },
            {
                "title": "Effect House: Effect Creator Rewards updates, July 2024",
                "url": "https://effecthouse.tiktok.com/latest/news/ecr-updates-july2024/",
                "date_stated": "Jul 2024",
                "kind": "official",
            },
        ],
        "routes": [
            _route(
                "Effect House badge",
                min_age=18,
                needs_effect_badge=True,
                countries=EFFECT_CREATOR_REWARDS_COUNTRIES,
                source=0,
                next_step="In Effect House, open Effect Creator Rewards and complete the tax and payment set-up.",
                unchecked=[
                    "The badge is Gold, Platinum or Diamond: 5+ published effects, 3 of them used in 1,000 "
                    "qualified videos each",
                    "Tax and payment set-up completed in Effect House",
                    "An effect earns once used in 5,000 unique public videos within 30 days",
                ],
            ),
        ],
    },
    {
        "slug": "tips-feature",
        "name": "Tips",
        "category": "direct",
        "summary": "Viewers could send you money through a Tips button on your profile; whether it still "
        "accepts creators is unconfirmed.",
        "former_names": "",
        "apply_hint": "In TikTok Studio, open Monetization and look for Tips.",
        "order": 60,
        "is_published": False,  # status unconfirmed (FACTS.md): a draft until an editor confirms it
        "last_checked": LAST_CHECKED,
        "review_every_days": 60,
        "niches": [],
        "suits_any_niche": False,
        "tips": ["engagement", "profile"],
        "old_slugs": [],
        "body": """\
Tips put a button on your profile that lets viewers send you money directly. TikTok launched it in
the US in December 2021 for personal accounts with 100,000+ followers, aged 18 or older, with
payments handled by Stripe (press, 2021).

**Status unconfirmed:** we found no recent confirmation that Tips still accepts new creators.
""",
        "pays": """\
Viewers choose an amount and pay by card. TikTok said creators receive the full tip, though a
processing fee may apply (official, undated). Payouts go through Stripe.
""",
        "start": """\
1. Check for **Tips** under **Monetization** in TikTok Studio. If it isn't there, it isn't offered to
   your account.
2. If it is, apply and set up a Stripe account when asked.
""",
        "caveats": f"""\
- **Status unconfirmed.** The requirements come from 2021 reports; the feature may be closed or
  changed.
- One 2021 report named more countries than the US; others say US only.
{FINAL_WORD}
""",
        "sources": [
            {
                "title": "TikTok Creator Portal: Tips",
                "url": "https://www.tiktok.com/creators/creator-portal/en-us/getting-paid-to-create/tips/",
                "date_stated": "",
                "kind": "official",
            },
            {
                "title": "Silicon Republic: TikTok launches Tips for creators, powered by Stripe",
                "url": "https://www.siliconrepublic.com/business/tiktok-tips-feature-creators-stripe",
                "date_stated": "1 Dec 2021",
                "kind": "press",
            },
            {
                "title": "Bustle: how to tip creators on TikTok (the requirements)",
                "url": "https://www.bustle.com/life/how-to-tip-tiktok",
                "date_stated": "",
                "kind": "press",
            },
        ],
        "routes": [
            _route(
                "Followers",
                min_age=18,
                min_followers=100_000,
                allows_business=False,
                countries=["US"],
                source=2,
                unchecked=["Account in good standing", "A Stripe account for payouts"],
            ),
        ],
    },
    # ------------------------------------------------------------------ indirect: the audience pays off
    {
        "slug": "brand-partnerships",
        "name": "Brand partnerships",
        "category": "indirect",
        "summary": "Brands pay you to feature their products in your videos, through your own deals or "
        "TikTok One.",
        "former_names": "Creator Marketplace (TikTok's brand platform, closed 1 April 2025)",
        "apply_hint": "Pitch brands you already use, with a short media kit.",
        "order": 110,
        "is_published": True,
        "last_checked": LAST_CHECKED,
        "review_every_days": 90,
        "niches": ["beauty-fashion", "gaming", "food-cooking", "tech"],
        "suits_any_niche": True,
        "tips": ["disclosure", "profile", "engagement", "analytics"],
        "old_slugs": ["creator-marketplace"],
        "body": """\
A brand pays you, in money, products or both, to make videos featuring what it sells. It works in
almost any niche with an engaged audience; beauty, fashion, gaming, food and tech lead.

## Two ways in

| Route | How it works | Who can use it |
| --- | --- | --- |
| Direct deals | You pitch brands, or they find you, often through influencer platforms. | Anyone: there's no minimum. |
| TikTok One | TikTok's own platform where brands find creators and post campaigns. It replaced Creator Marketplace, which closed on 1 April 2025. | 18+ (19 in South Korea), 10,000+ followers (50,000 in South Korea), 1,000+ post views and 3+ posts in the last 30 days, a personal account. |

You don't need a huge following for direct deals. Brands look at who watches you and how engaged
they are, not only at follower counts.

## Always disclose

Turn on TikTok's content disclosure setting for every post you're paid for, in money or in products.
TikTok's rules require it, and so does advertising law in many countries.
""",
        "pays": """\
Brands pay a fee per video or per package, sometimes with free products, a sales commission, or an
extra fee for running your video as an ad. There are no official rates: what you can charge depends
on your views, engagement and niche, and on what the brand gets.

Before you agree, get in writing:

- what you'll post, and when,
- the fee, and when it's paid,
- whether the brand can reuse your video in ads, and for how long,
- whether the brand approves drafts, and how many changes it can ask for.
""",
        "start": """\
1. Decide what you'd happily promote: products that fit your niche and that you'd use anyway.
2. Make your profile brand-ready: a clear bio, a contact email, your best videos pinned.
3. **Direct deals:** make a one-page media kit (who you are, your audience, average views, past work)
   and email brands you already use. Influencer platforms can bring offers too.
4. **TikTok One:** if you meet its requirements, open **TikTok Studio** from your profile and look for
   TikTok One (older app versions may still say Creator Marketplace). Complete your profile so brands
   can find you.
5. Agree terms, post with the content disclosure setting on, and send the brand your results
   afterwards.
""",
        "caveats": f"""\
- TikTok One's country list comes from a partner's help page (reported), not from TikTok: Australia,
  Brazil, Canada, Egypt, France, Germany, the UK, Indonesia, Israel, Italy, Japan, Malaysia, the
  Philippines, Saudi Arabia, Singapore, South Korea, Spain, Taiwan, Thailand, Turkey, the UAE, the US
  and Vietnam. It may be available in more or fewer places.
- In South Korea, TikTok One asks for age 19 and 50,000 followers.
- Business accounts can't join TikTok One. Direct deals work with any account.
- Rates you see online are estimates; TikTok publishes none.
- TikTok Studio shows whether your account can join TikTok One: it's the final word.
{US_2026}
""",
        "sources": [
            {
                "title": "TikTok Help Center: TikTok One",
                "url": "https://support.tiktok.com/is/business-and-creator/tiktok-one",
                "date_stated": "",
                "kind": "official",
            },
            {
                "title": "TikTok Ads Help: How creators can upgrade to TikTok One (Creator Marketplace "
                "replaced)",
                "url": "https://ads.tiktok.com/help/article/how-creators-can-upgrade-to-tiktok-one",
                "date_stated": "Apr 2025",
                "kind": "official",
            },
        ],
        "routes": [
            _route(
                "TikTok One",
                order=0,
                min_age=18,
                min_followers=10_000,
                min_views_30d=1_000,
                allows_business=False,
                countries=TIKTOK_ONE_COUNTRIES,
                source=0,
                country_rules=[{"country": "KR", "min_age": 19, "min_followers": 50_000}],
                next_step="In TikTok Studio, find TikTok One, set up your creator profile and answer campaigns.",
                unchecked=[
                    "3+ posts in the last 30 days",
                    "TikTok counts post views in the last 30 days",
                    "Country list reported by a partner's help page, not by TikTok",
                ],
            ),
            # Second: a creator who meets TikTok One is told so; everyone else still qualifies here.
            _route(
                "Direct deals with brands",
                order=1,
                next_step="Make a one-page media kit and pitch three brands you already use; disclose paid posts.",
                unchecked=["Disclose paid posts with TikTok's content disclosure setting"],
            ),
        ],
    },
    {
        "slug": "affiliate-marketing",
        "name": "Affiliate marketing",
        "category": "indirect",
        "summary": "Earn a commission when people buy products you recommend, through TikTok Shop or a "
        "link in your bio.",
        "former_names": "",
        "apply_hint": "Pick products you already use and recommend them honestly; disclose every affiliate link.",
        "order": 120,
        "is_published": True,
        "last_checked": LAST_CHECKED,
        "review_every_days": 60,
        "niches": ["beauty-fashion", "diy-home", "tech", "food-cooking"],
        "suits_any_niche": False,
        "tips": ["disclosure", "profile", "engagement"],
        "old_slugs": [],
        "body": """\
You recommend someone else's product and earn a commission on each sale you bring in. On TikTok
there are two ways to do it:

| Route | How it works | What you need |
| --- | --- | --- |
| TikTok Shop Affiliate | Add TikTok Shop products to your videos and LIVEs; viewers buy without leaving the app. | 18+, 1,000+ followers, in a TikTok Shop market |
| Link in bio | Join an outside program (Amazon and the like) and put your link in your bio. | A clickable bio link: 1,000+ followers on a personal account; business accounts can add one sooner (reported) |

Links in captions aren't clickable on TikTok, so for outside programs your link lives in your bio.
Either way, a personal account starts at 1,000 followers.

## Starting small on TikTok Shop

In the US, creators with fewer than 5,000 followers start with a 30-day pilot: up to 3 LIVE selling
streams and 5 shoppable videos a week (official, December 2025). The US minimum fell from 5,000 to
1,000 followers in May 2024.

It suits niches where people buy what they see: beauty, fashion, home, tech and food. Always say when
you earn a commission.
""",
        "pays": """\
You earn a percentage of each sale made through your product link or tag.

- **TikTok Shop:** each seller sets the commission per product, from 1% to 80% (official). You see
  the rate before you add a product. "Typical" rates by category that you find online are estimates
  only.
- **Outside programs:** each program sets its own rates, how long after a click a sale still counts,
  and when it pays.

A higher rate isn't always better: a product your viewers actually want, at a fair price, usually
earns more.
""",
        "start": """\
## TikTok Shop Affiliate

1. Check you're 18+, have 1,000+ followers and live in a TikTok Shop market.
2. Open **TikTok Studio**, tap **Monetization** and look for TikTok Shop.
3. Apply. In the US, with fewer than 5,000 followers you start with the 30-day pilot.
4. Browse products, request free samples where sellers offer them, and add products to your videos
   or LIVEs.

## Link in bio

1. Join an affiliate program that fits your niche and read its rules, including its minimum age
   (usually 18, reported).
2. At 1,000 followers on a personal account, tap **Edit profile** and add your link in the website
   field. A link page can hold several links.
3. Say "link in bio" in your video, and say that you earn a commission.
""",
        "caveats": f"""\
{FINAL_WORD}
- The 1,000-follower minimum for TikTok Shop Affiliate is official for the US (December 2025) and
  Thailand (November 2025). Other Shop markets may set different numbers.
- The 30-day pilot for accounts under 5,000 followers is a US rule.
- TikTok Shop markets (press): Indonesia, the UK, Thailand, Malaysia, the Philippines, Vietnam,
  Singapore, the US, Spain, Ireland, Mexico, France, Germany, Italy, Brazil, Japan and Belgium. Not
  Canada or Australia, as of these sources.
- That business accounts get a bio link before 1,000 followers is reported, not official. Switching
  to business has costs: business accounts can't join Creator Rewards or TikTok One, and get a
  smaller music library.
- Outside affiliate programs set their own rules, including age (18 is typical, reported).
{US_2026}
""",
        "sources": [
            {
                "title": "TikTok Shop Seller University (US): Creator Eligibility Policy",
                "url": "https://seller-us.tiktok.com/university/essay?knowledge_id=6939143037667118",
                "date_stated": "16 Dec 2025",
                "kind": "official",
            },
            {
                "title": "TikTok Shop Seller University (US): Creator Pilot Program",
                "url": "https://seller-us.tiktok.com/university/essay?knowledge_id=5526872163927850",
                "date_stated": "",
                "kind": "official",
            },
            {
                "title": "PYMNTS: TikTok lowers the threshold for creators to join its affiliate program",
                "url": "https://pymnts.com/news/social-commerce/2024/tiktok-lowers-threshold-for-creators-to-join-"
                "affiliate-program",
                "date_stated": "23 May 2024",
                "kind": "press",
            },
            {
                "title": "TikTok Ads Help: setting different affiliate commission rates (1% to 80%)",
                "url": "https://ads.tiktok.com/help/article/about-setting-different-affiliate-commission-rates-for-tiktok-shop-ads",
                "date_stated": "Nov 2024",
                "kind": "official",
            },
            {
                "title": "TikTok Shop Seller University (Thailand): creator affiliate policy",
                "url": "https://seller-th.tiktok.com/university/essay?knowledge_id=6821429094106881",
                "date_stated": "11/06/2025",
                "kind": "official",
            },
        ],
        "routes": [
            _route(
                "TikTok Shop Affiliate",
                order=0,
                min_age=18,
                min_followers=1_000,
                countries=SHOP_MARKETS,
                source=0,
                next_step="In TikTok Studio, open TikTok Shop (Creator Center) and apply to the affiliate program.",
                unchecked=[
                    "Under 5,000 followers (US): a 30-day pilot with up to 3 LIVE selling streams and "
                    "5 shoppable videos a week",
                    "The 1,000-follower minimum is confirmed for the US and Thailand; other markets may differ",
                    "Account in good standing",
                ],
            ),
            # FACTS.md: a personal account gets a clickable bio link at 1,000 followers, a business
            # account "sooner" (reported, no figure). A Route cannot vary its minimum by account type,
            # so the bio-link route is split in two: personal at 1,000, business with no minimum.
            _route(
                "Link in bio (external programs)",
                order=1,
                min_followers=1_000,
                allows_business=False,
                next_step="Join an affiliate program you trust and put your link in Edit profile, Website; disclose it.",
                unchecked=[
                    "Personal accounts get a clickable bio link at 1,000 followers (reported)",
                    "Each affiliate program sets its own rules, age among them: read its terms",
                ],
            ),
            _route(
                "Link in bio, business account (external programs)",
                order=2,
                allows_personal=False,
                next_step="Check Edit profile for the Website field, join an affiliate program you trust and add your link; disclose it.",
                unchecked=[
                    "Business accounts can add a bio link before 1,000 followers (reported; TikTok states "
                    "no number): check Edit profile",
                    "Business accounts can't join Creator Rewards or TikTok One",
                    "Each affiliate program sets its own rules, age among them: read its terms",
                ],
            ),
        ],
    },
    {
        "slug": "own-products",
        "name": "Your own products or services",
        "category": "indirect",
        "summary": "Sell your own merch, courses, coaching or digital products, and use TikTok to bring "
        "the buyers.",
        "former_names": "",
        "apply_hint": "Pick one product your viewers ask for and test the demand with a video about it.",
        "order": 130,
        "is_published": True,
        "last_checked": LAST_CHECKED,
        "review_every_days": 90,
        "niches": ["education", "art-design", "beauty-fashion", "fitness-health", "food-cooking"],
        "suits_any_niche": False,
        "tips": ["profile", "engagement", "disclosure"],
        "old_slugs": [],
        "body": """\
Instead of earning a share of someone else's sale, you sell something of your own: merchandise, an
online course, coaching, templates, e-books, art prints. TikTok is where people discover you; the sale
happens in your own store or, inside the app, through TikTok Shop.

TikTok sets no follower minimum for this. What you need is something your viewers already ask you
for: the recipe collection, the workout plan, the print of that drawing.

It suits creators with a skill or a recognisable style: education, art, fashion, fitness and cooking.

## Where to sell

| Where | Good for | Keep in mind |
| --- | --- | --- |
| Your own store, linked in your bio | Courses, coaching, digital products, merch | You keep control; you need a clickable bio link |
| TikTok Shop | Physical products | Buyers check out inside TikTok; only in Shop markets (see TikTok Shop) |
""",
        "pays": """\
You keep the price minus your costs: making or buying the product, shipping, and the fees of the
store you sell through. On TikTok Shop in the US, sellers pay a 6% referral fee on each order (official,
from 1 April 2024); other markets differ.

Digital products and services cost little to deliver, so more of each sale stays with you. Physical
products need stock and shipping, but they sell well on TikTok: the top TikTok Shop categories by
units sold in 2023 were beauty and personal care, womenswear, food and drink, home, and fashion
accessories (Statista, via press).
""",
        "start": """\
1. Pick one product your audience already asks for, and start small: one course, one print run, a few
   coaching slots.
2. Test the demand: make a video about the problem it solves and read the comments.
3. Set up where you'll sell: a simple online store linked in your bio (a clickable bio link comes at
   1,000 followers on a personal account), or TikTok Shop for physical products.
4. Show the product at work in your videos instead of only announcing it.
5. Answer buyers quickly, and ask happy customers whether you may share their results.
""",
        "caveats": """\
- You're responsible for taxes, consumer law and refunds where you and your buyers live.
- Selling inside the app needs a TikTok Shop seller account, which only exists in Shop markets.
- TikTok asks you to turn on the content disclosure setting when you promote your own business too.
- The category ranking is from 2023.
""",
        "sources": [
            {
                "title": "TikTok Shop Seller University (US): referral fee",
                "url": "https://seller-us.tiktok.com/university/essay?knowledge_id=5982454398175018",
                "date_stated": "2024",
                "kind": "official",
            },
            {
                "title": "Salon, citing Statista: TikTok Shop's top categories",
                "url": "https://salon.com/2024/12/17/tiktok-changed-the-shopping-game-then-came-a-potential-ban/",
                "date_stated": "17 Dec 2024",
                "kind": "press",
            },
        ],
        # TikTok sets no threshold, so the last route is open to everyone where TikTok operates. The routes
        # exist for the next step: only a creator with a clickable bio link is told to use it, only one in
        # a Shop market is sent to TikTok Shop.
        "routes": [
            _route(
                "Store link in your bio",
                order=0,
                min_followers=1_000,
                allows_business=False,
                next_step="Put your store's address in Edit profile, Website, and show the product at work in your videos.",
                unchecked=["Personal accounts get a clickable bio link at 1,000 followers (reported)"],
            ),
            _route(
                "Store link in your bio, business account",
                order=1,
                allows_personal=False,
                next_step="Check Edit profile for the Website field, add your store's address and show the product in your videos.",
                unchecked=[
                    "Business accounts can add a bio link before 1,000 followers (reported): check Edit profile"
                ],
            ),
            _route(
                "Sell on TikTok Shop",
                order=2,
                min_age=18,
                countries=SHOP_MARKETS,
                source=0,
                next_step="Register on the TikTok Shop Seller Center of your own market and list one product.",
                unchecked=["Sellers need ID or residency (or a registered business) in the market"],
            ),
            _route(
                "Your own store, shown in your videos",
                order=3,
                next_step="Sell from your own store and say its name in your videos; a clickable bio link "
                "comes with 1,000 followers on a personal account.",
            ),
        ],
    },
    {
        "slug": "tiktok-shop",
        "name": "TikTok Shop (selling)",
        "category": "indirect",
        "summary": "Open a shop inside TikTok and sell products through your videos, LIVEs and your "
        "profile's shop.",
        "former_names": "",
        "apply_hint": "Register on the TikTok Shop Seller Center of your own market.",
        "order": 140,
        "is_published": True,
        "last_checked": LAST_CHECKED,
        "review_every_days": 60,
        "niches": ["beauty-fashion", "food-cooking", "diy-home"],
        "suits_any_niche": False,
        "tips": ["engagement", "analytics", "good-standing"],
        "old_slugs": [],
        "body": """\
TikTok Shop lets you sell products inside the app. Buyers see a product in your video or LIVE, tap it
and pay without leaving TikTok. Other creators can promote your products for a commission (that's the
affiliate side: see Affiliate marketing).

You don't need followers: you need to be a legitimate seller in a Shop market. In the US, you can sell
as an individual aged 18+ with a US ID or residency, or as a US-registered business (official).

## Where TikTok Shop runs

| Since | Markets |
| --- | --- |
| 2021 | Indonesia, UK |
| 2022 | Thailand, Malaysia, Philippines, Vietnam, Singapore |
| Sept 2023 | US |
| Dec 2024 | Spain, Ireland |
| Feb 2025 | Mexico |
| 31 Mar 2025 | France, Germany, Italy |
| May 2025 | Brazil |
| 30 Jun 2025 | Japan |
| 15 Jun 2026 | Belgium |

Launch dates come from press reports. The list may be incomplete: when Japan opened, the South China
Morning Post called it TikTok Shop's "17th market" (30 Jun 2025). Not in Canada or Australia, as of
these sources. (In Canada, a court set aside the order to wind down TikTok's Canadian business on
21 January 2026; the app itself was never banned there.) In Germany, only registered businesses can
sell (press).

The top categories by units sold in 2023 were beauty and personal care, womenswear, food and drink,
home, and fashion accessories (Statista, via press).
""",
        "pays": """\
You earn the sale price minus your costs:

- **Referral fee:** in the US, 6% of each order since 1 April 2024 (official). Other markets set their
  own fees.
- **Refund Administration Fee (US):** since 15 May 2025, 20% of the referral fee on a refunded order,
  capped at $5 per item (official).
- **Tax documents (US):** individual sellers must provide them after $2,000 in sales (official).
- **Affiliate commission,** when a creator sells for you: you set the rate per product (1% to 80%).
- **Your own costs:** the product, packaging and shipping.
""",
        "start": """\
1. Check you can sell: 18+ with an ID or residency in the market (individuals), or a business
   registered there.
2. Register on the TikTok Shop Seller Center of your own market and verify your identity. Our
   checker links the right one for your country where we know it.
3. Link your TikTok account, add products, and set up shipping and payouts.
4. Show products in your videos and LIVEs, and offer an affiliate commission so other creators can
   sell for you.
5. Ship on time and answer buyers quickly.
""",
        "caveats": f"""\
- The seller rules above are the US ones. Other markets set their own ID, residency and registration
  rules: Seller Center for your market has the final word.
- The 6% referral fee is the US fee; other markets differ.
- One marketing blog reported Austria, the Netherlands and Poland launching with Belgium. That's
  unconfirmed, so they're not listed.
- Market launch dates come from press reports.
{US_2026}
""",
        "sources": [
            {
                "title": "TikTok Shop Seller University (US): How to register as an individual",
                "url": "https://seller-us.tiktok.com/university/essay?knowledge_id=6837894379964161",
                "date_stated": "10/08/2025",
                "kind": "official",
            },
            {
                "title": "TikTok Shop Seller University (US): referral fee",
                "url": "https://seller-us.tiktok.com/university/essay?knowledge_id=5982454398175018",
                "date_stated": "2024",
                "kind": "official",
            },
            {
                "title": "CGTN: TikTok expands its e-commerce arm into France, Germany and Italy",
                "url": "https://newseu.cgtn.com/news/2025-04-01/TikTok-expands-e-commerce-arm-into-France-Germany-"
                "and-Italy-1CcmHQ0A3NS/p.html",
                "date_stated": "1 Apr 2025",
                "kind": "press",
            },
            {
                "title": "Belga News Agency: TikTok expands into the Belgian online shopping market",
                "url": "https://www.belganewsagency.eu/tiktok-expands-into-belgian-online-shopping-market-with-"
                "in-app-store-launch",
                "date_stated": "28 May 2026",
                "kind": "press",
            },
            {
                "title": "Belga News Agency: minister promises strict monitoring after TikTok Shop launch in "
                "Belgium",
                "url": "https://www.belganewsagency.eu/minister-promises-strict-monitoring-following-launch-"
                "tiktok-shop-in-belgium",
                "date_stated": "15 Jun 2026",
                "kind": "press",
            },
            {
                "title": "Salon, citing Statista: TikTok Shop's top categories",
                "url": "https://salon.com/2024/12/17/tiktok-changed-the-shopping-game-then-came-a-potential-ban/",
                "date_stated": "17 Dec 2024",
                "kind": "press",
            },
            {
                "title": "Global News: court sets aside the order to wind down TikTok Canada",
                "url": "https://globalnews.ca/news/11623219/",
                "date_stated": "21 Jan 2026",
                "kind": "press",
            },
        ],
        "routes": [
            _route(
                "Seller",
                min_age=18,
                countries=SHOP_MARKETS,
                source=0,
                next_step="Register on the TikTok Shop Seller Center of your own market and list your first product.",
                unchecked=[
                    "Individuals need ID or residency in the market; businesses registration there",
                    "Age and document rules shown are the US ones; other markets set their own",
                    "Germany: only registered businesses can sell (press)",
                    "The list of markets may be incomplete: TikTok called Japan its 17th market (press)",
                ],
            ),
        ],
    },
]


# Words creators type and the guide's own words for them (guide.Synonym): search looks for both. One way
# only; an editor adds the reverse as its own row. Word endings and capitals don't matter.
SYNONYMS = [
    {"term": "how much", "also_search_for": "pay, earn, money, RPM, rates"},
    {"term": "pay", "also_search_for": "paid, payout, payment, earn"},
    {"term": "get paid", "also_search_for": "pay, payout, earn"},
    {"term": "earn", "also_search_for": "pay, paid, money, income"},
    {"term": "paid per view", "also_search_for": "RPM, per 1,000 views, qualified views"},
    {"term": "per view", "also_search_for": "RPM, per 1,000 views, qualified views"},
    {"term": "cash out", "also_search_for": "withdraw, payout, Diamonds"},
    {"term": "withdraw", "also_search_for": "cash out, payout, Diamonds"},
    {"term": "payout", "also_search_for": "cash out, Diamonds, get paid"},
    {"term": "money", "also_search_for": "earn, pay, income"},
    {"term": "income", "also_search_for": "earn, pay, money"},
    {"term": "monetize", "also_search_for": "earn, money"},
    {"term": "requirements", "also_search_for": "eligibility, followers, minimum, qualify"},
    {"term": "sign up", "also_search_for": "apply, join"},
    {"term": "sponsor", "also_search_for": "brand, brand deals, brand partnerships"},
    {"term": "sponsorship", "also_search_for": "brand, brand deals, brand partnerships"},
    {"term": "donation", "also_search_for": "Gifts, Tips, Subscriptions"},
    {"term": "coins", "also_search_for": "Gifts, Diamonds, LIVE"},
    {"term": "merch", "also_search_for": "own products, TikTok Shop"},
]
