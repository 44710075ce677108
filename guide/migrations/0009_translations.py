# The translation columns (guide/translation.py), and English copied into the `_en` ones from the columns
# the site read until now, so existing content reads the same in English.

from django.db import migrations, models
from django.db.models import F

import guide.markdown

TRANSLATED = {
    "method": [
        "name",
        "summary",
        "former_names",
        "body",
        "pays",
        "start",
        "apply_hint",
        "caveats",
        "body_html",
        "pays_html",
        "start_html",
        "caveats_html",
    ],
    "tip": ["title", "summary", "body", "body_html"],
    "section": ["title", "summary", "body", "body_html"],
    "niche": ["name"],
    "change": ["summary", "details", "details_html"],
    "rate": ["label"],
    "homepage": ["headline", "intro"],
    "route": ["name", "unchecked", "next_step"],
    "nextsteplink": ["title"],
    "liveaccessrule": ["note"],
    "blockedcountry": ["note"],
}


def copy_english(apps, schema_editor):
    for model_name, fields in TRANSLATED.items():
        for prefix in ("", "historical"):
            if prefix and model_name == "niche":
                continue  # niches keep no history
            model = apps.get_model("guide", prefix + model_name)
            names = [f for f in fields if not (prefix and f.endswith("_html"))]
            model._base_manager.update(**{f"{name}_en": F(name) for name in names})


class Migration(migrations.Migration):

    dependencies = [
        ('guide', '0008_rates'),
    ]

    operations = [
        migrations.AddField(
            model_name='blockedcountry',
            name='note_en',
            field=models.CharField(blank=True, help_text="Since when and why, e.g. 'Banned since June 2020'.", max_length=240, null=True),
        ),
        migrations.AddField(
            model_name='blockedcountry',
            name='note_es',
            field=models.CharField(blank=True, help_text="Since when and why, e.g. 'Banned since June 2020'.", max_length=240, null=True),
        ),
        migrations.AddField(
            model_name='blockedcountry',
            name='note_pt_br',
            field=models.CharField(blank=True, help_text="Since when and why, e.g. 'Banned since June 2020'.", max_length=240, null=True),
        ),
        migrations.AddField(
            model_name='blockedcountry',
            name='translations_behind',
            field=models.JSONField(blank=True, default=dict, editable=False),
        ),
        migrations.AddField(
            model_name='change',
            name='details_en',
            field=models.TextField(blank=True, help_text='Markdown. Optional.', null=True),
        ),
        migrations.AddField(
            model_name='change',
            name='details_es',
            field=models.TextField(blank=True, help_text='Markdown. Optional.', null=True),
        ),
        migrations.AddField(
            model_name='change',
            name='details_html_en',
            field=guide.markdown.RenderedMarkdownField(blank=True, editable=False, null=True),
        ),
        migrations.AddField(
            model_name='change',
            name='details_html_es',
            field=guide.markdown.RenderedMarkdownField(blank=True, editable=False, null=True),
        ),
        migrations.AddField(
            model_name='change',
            name='details_html_pt_br',
            field=guide.markdown.RenderedMarkdownField(blank=True, editable=False, null=True),
        ),
        migrations.AddField(
            model_name='change',
            name='details_pt_br',
            field=models.TextField(blank=True, help_text='Markdown. Optional.', null=True),
        ),
        migrations.AddField(
            model_name='change',
            name='summary_en',
            field=models.CharField(help_text='One line, e.g. “Creator Rewards: minimum followers 10,000 -> 12,000 in US, GB”.', max_length=240, null=True),
        ),
        migrations.AddField(
            model_name='change',
            name='summary_es',
            field=models.CharField(help_text='One line, e.g. “Creator Rewards: minimum followers 10,000 -> 12,000 in US, GB”.', max_length=240, null=True),
        ),
        migrations.AddField(
            model_name='change',
            name='summary_pt_br',
            field=models.CharField(help_text='One line, e.g. “Creator Rewards: minimum followers 10,000 -> 12,000 in US, GB”.', max_length=240, null=True),
        ),
        migrations.AddField(
            model_name='change',
            name='translations_behind',
            field=models.JSONField(blank=True, default=dict, editable=False),
        ),
        migrations.AddField(
            model_name='historicalblockedcountry',
            name='note_en',
            field=models.CharField(blank=True, help_text="Since when and why, e.g. 'Banned since June 2020'.", max_length=240, null=True),
        ),
        migrations.AddField(
            model_name='historicalblockedcountry',
            name='note_es',
            field=models.CharField(blank=True, help_text="Since when and why, e.g. 'Banned since June 2020'.", max_length=240, null=True),
        ),
        migrations.AddField(
            model_name='historicalblockedcountry',
            name='note_pt_br',
            field=models.CharField(blank=True, help_text="Since when and why, e.g. 'Banned since June 2020'.", max_length=240, null=True),
        ),
        migrations.AddField(
            model_name='historicalchange',
            name='details_en',
            field=models.TextField(blank=True, help_text='Markdown. Optional.', null=True),
        ),
        migrations.AddField(
            model_name='historicalchange',
            name='details_es',
            field=models.TextField(blank=True, help_text='Markdown. Optional.', null=True),
        ),
        migrations.AddField(
            model_name='historicalchange',
            name='details_pt_br',
            field=models.TextField(blank=True, help_text='Markdown. Optional.', null=True),
        ),
        migrations.AddField(
            model_name='historicalchange',
            name='summary_en',
            field=models.CharField(help_text='One line, e.g. “Creator Rewards: minimum followers 10,000 -> 12,000 in US, GB”.', max_length=240, null=True),
        ),
        migrations.AddField(
            model_name='historicalchange',
            name='summary_es',
            field=models.CharField(help_text='One line, e.g. “Creator Rewards: minimum followers 10,000 -> 12,000 in US, GB”.', max_length=240, null=True),
        ),
        migrations.AddField(
            model_name='historicalchange',
            name='summary_pt_br',
            field=models.CharField(help_text='One line, e.g. “Creator Rewards: minimum followers 10,000 -> 12,000 in US, GB”.', max_length=240, null=True),
        ),
        migrations.AddField(
            model_name='historicalhomepage',
            name='headline_en',
            field=models.CharField(default='How TikTok creators earn money', help_text="The page's main heading.", max_length=120, null=True),
        ),
        migrations.AddField(
            model_name='historicalhomepage',
            name='headline_es',
            field=models.CharField(default='How TikTok creators earn money', help_text="The page's main heading.", max_length=120, null=True),
        ),
        migrations.AddField(
            model_name='historicalhomepage',
            name='headline_pt_br',
            field=models.CharField(default='How TikTok creators earn money', help_text="The page's main heading.", max_length=120, null=True),
        ),
        migrations.AddField(
            model_name='historicalhomepage',
            name='intro_en',
            field=models.CharField(help_text='One or two sentences under the headline, after “Nine ways to get paid.” (that count comes from the published methods).', max_length=400, null=True),
        ),
        migrations.AddField(
            model_name='historicalhomepage',
            name='intro_es',
            field=models.CharField(help_text='One or two sentences under the headline, after “Nine ways to get paid.” (that count comes from the published methods).', max_length=400, null=True),
        ),
        migrations.AddField(
            model_name='historicalhomepage',
            name='intro_pt_br',
            field=models.CharField(help_text='One or two sentences under the headline, after “Nine ways to get paid.” (that count comes from the published methods).', max_length=400, null=True),
        ),
        migrations.AddField(
            model_name='historicalliveaccessrule',
            name='note_en',
            field=models.CharField(blank=True, help_text="How sure this is, e.g. 'The 1,000 followers is widely reported; no TikTok page states it.'", max_length=400, null=True),
        ),
        migrations.AddField(
            model_name='historicalliveaccessrule',
            name='note_es',
            field=models.CharField(blank=True, help_text="How sure this is, e.g. 'The 1,000 followers is widely reported; no TikTok page states it.'", max_length=400, null=True),
        ),
        migrations.AddField(
            model_name='historicalliveaccessrule',
            name='note_pt_br',
            field=models.CharField(blank=True, help_text="How sure this is, e.g. 'The 1,000 followers is widely reported; no TikTok page states it.'", max_length=400, null=True),
        ),
        migrations.AddField(
            model_name='historicalmethod',
            name='apply_hint_en',
            field=models.CharField(blank=True, help_text="Shown in the checker to creators who qualify, e.g. 'In TikTok Studio, open Monetization and tap Creator Rewards Program.'", max_length=240, null=True, verbose_name='how to apply, in one line'),
        ),
        migrations.AddField(
            model_name='historicalmethod',
            name='apply_hint_es',
            field=models.CharField(blank=True, help_text="Shown in the checker to creators who qualify, e.g. 'In TikTok Studio, open Monetization and tap Creator Rewards Program.'", max_length=240, null=True, verbose_name='how to apply, in one line'),
        ),
        migrations.AddField(
            model_name='historicalmethod',
            name='apply_hint_pt_br',
            field=models.CharField(blank=True, help_text="Shown in the checker to creators who qualify, e.g. 'In TikTok Studio, open Monetization and tap Creator Rewards Program.'", max_length=240, null=True, verbose_name='how to apply, in one line'),
        ),
        migrations.AddField(
            model_name='historicalmethod',
            name='body_en',
            field=models.TextField(help_text='Markdown.', null=True, verbose_name='what it is'),
        ),
        migrations.AddField(
            model_name='historicalmethod',
            name='body_es',
            field=models.TextField(help_text='Markdown.', null=True, verbose_name='what it is'),
        ),
        migrations.AddField(
            model_name='historicalmethod',
            name='body_pt_br',
            field=models.TextField(help_text='Markdown.', null=True, verbose_name='what it is'),
        ),
        migrations.AddField(
            model_name='historicalmethod',
            name='caveats_en',
            field=models.TextField(blank=True, help_text='Markdown. What is uncertain or varies by region.', null=True),
        ),
        migrations.AddField(
            model_name='historicalmethod',
            name='caveats_es',
            field=models.TextField(blank=True, help_text='Markdown. What is uncertain or varies by region.', null=True),
        ),
        migrations.AddField(
            model_name='historicalmethod',
            name='caveats_pt_br',
            field=models.TextField(blank=True, help_text='Markdown. What is uncertain or varies by region.', null=True),
        ),
        migrations.AddField(
            model_name='historicalmethod',
            name='former_names_en',
            field=models.CharField(blank=True, help_text="Earlier names, e.g. 'Creator Fund (2020-2023)'. Searched too.", max_length=240, null=True),
        ),
        migrations.AddField(
            model_name='historicalmethod',
            name='former_names_es',
            field=models.CharField(blank=True, help_text="Earlier names, e.g. 'Creator Fund (2020-2023)'. Searched too.", max_length=240, null=True),
        ),
        migrations.AddField(
            model_name='historicalmethod',
            name='former_names_pt_br',
            field=models.CharField(blank=True, help_text="Earlier names, e.g. 'Creator Fund (2020-2023)'. Searched too.", max_length=240, null=True),
        ),
        migrations.AddField(
            model_name='historicalmethod',
            name='name_en',
            field=models.CharField(max_length=120, null=True),
        ),
        migrations.AddField(
            model_name='historicalmethod',
            name='name_es',
            field=models.CharField(max_length=120, null=True),
        ),
        migrations.AddField(
            model_name='historicalmethod',
            name='name_pt_br',
            field=models.CharField(max_length=120, null=True),
        ),
        migrations.AddField(
            model_name='historicalmethod',
            name='pays_en',
            field=models.TextField(help_text='Markdown. Mark reported figures as estimates.', null=True, verbose_name='how it pays'),
        ),
        migrations.AddField(
            model_name='historicalmethod',
            name='pays_es',
            field=models.TextField(help_text='Markdown. Mark reported figures as estimates.', null=True, verbose_name='how it pays'),
        ),
        migrations.AddField(
            model_name='historicalmethod',
            name='pays_pt_br',
            field=models.TextField(help_text='Markdown. Mark reported figures as estimates.', null=True, verbose_name='how it pays'),
        ),
        migrations.AddField(
            model_name='historicalmethod',
            name='start_en',
            field=models.TextField(help_text='Markdown. Steps, where to apply.', null=True, verbose_name='how to start'),
        ),
        migrations.AddField(
            model_name='historicalmethod',
            name='start_es',
            field=models.TextField(help_text='Markdown. Steps, where to apply.', null=True, verbose_name='how to start'),
        ),
        migrations.AddField(
            model_name='historicalmethod',
            name='start_pt_br',
            field=models.TextField(help_text='Markdown. Steps, where to apply.', null=True, verbose_name='how to start'),
        ),
        migrations.AddField(
            model_name='historicalmethod',
            name='summary_en',
            field=models.CharField(help_text='One sentence: what it is and who it is for.', max_length=240, null=True),
        ),
        migrations.AddField(
            model_name='historicalmethod',
            name='summary_es',
            field=models.CharField(help_text='One sentence: what it is and who it is for.', max_length=240, null=True),
        ),
        migrations.AddField(
            model_name='historicalmethod',
            name='summary_pt_br',
            field=models.CharField(help_text='One sentence: what it is and who it is for.', max_length=240, null=True),
        ),
        migrations.AddField(
            model_name='historicalnextsteplink',
            name='title_en',
            field=models.CharField(help_text="The link's words, e.g. 'TikTok Shop Seller Center Brazil'.", max_length=120, null=True),
        ),
        migrations.AddField(
            model_name='historicalnextsteplink',
            name='title_es',
            field=models.CharField(help_text="The link's words, e.g. 'TikTok Shop Seller Center Brazil'.", max_length=120, null=True),
        ),
        migrations.AddField(
            model_name='historicalnextsteplink',
            name='title_pt_br',
            field=models.CharField(help_text="The link's words, e.g. 'TikTok Shop Seller Center Brazil'.", max_length=120, null=True),
        ),
        migrations.AddField(
            model_name='historicalrate',
            name='label_en',
            field=models.CharField(blank=True, help_text='What this row is, when a figure has several: a category (“beauty”), a tier (“10k–50k followers”), a case (“with the bonus”).', max_length=160, null=True),
        ),
        migrations.AddField(
            model_name='historicalrate',
            name='label_es',
            field=models.CharField(blank=True, help_text='What this row is, when a figure has several: a category (“beauty”), a tier (“10k–50k followers”), a case (“with the bonus”).', max_length=160, null=True),
        ),
        migrations.AddField(
            model_name='historicalrate',
            name='label_pt_br',
            field=models.CharField(blank=True, help_text='What this row is, when a figure has several: a category (“beauty”), a tier (“10k–50k followers”), a case (“with the bonus”).', max_length=160, null=True),
        ),
        migrations.AddField(
            model_name='historicalroute',
            name='name_en',
            field=models.CharField(help_text="Short, e.g. 'Followers and views' or 'TikTok One'.", max_length=120, null=True),
        ),
        migrations.AddField(
            model_name='historicalroute',
            name='name_es',
            field=models.CharField(help_text="Short, e.g. 'Followers and views' or 'TikTok One'.", max_length=120, null=True),
        ),
        migrations.AddField(
            model_name='historicalroute',
            name='name_pt_br',
            field=models.CharField(help_text="Short, e.g. 'Followers and views' or 'TikTok One'.", max_length=120, null=True),
        ),
        migrations.AddField(
            model_name='historicalroute',
            name='next_step_en',
            field=models.CharField(blank=True, help_text="What a creator who meets this route does now, e.g. 'Put your affiliate link in your bio (Edit profile, Website)'. Empty: the method's one-line 'how to apply'.", max_length=240, null=True, verbose_name='next step when met'),
        ),
        migrations.AddField(
            model_name='historicalroute',
            name='next_step_es',
            field=models.CharField(blank=True, help_text="What a creator who meets this route does now, e.g. 'Put your affiliate link in your bio (Edit profile, Website)'. Empty: the method's one-line 'how to apply'.", max_length=240, null=True, verbose_name='next step when met'),
        ),
        migrations.AddField(
            model_name='historicalroute',
            name='next_step_pt_br',
            field=models.CharField(blank=True, help_text="What a creator who meets this route does now, e.g. 'Put your affiliate link in your bio (Edit profile, Website)'. Empty: the method's one-line 'how to apply'.", max_length=240, null=True, verbose_name='next step when met'),
        ),
        migrations.AddField(
            model_name='historicalroute',
            name='unchecked_en',
            field=models.TextField(blank=True, help_text="One per line, e.g. 'Account at least 30 days old'. Shown, not enforced.", null=True, verbose_name='conditions the checker cannot test'),
        ),
        migrations.AddField(
            model_name='historicalroute',
            name='unchecked_es',
            field=models.TextField(blank=True, help_text="One per line, e.g. 'Account at least 30 days old'. Shown, not enforced.", null=True, verbose_name='conditions the checker cannot test'),
        ),
        migrations.AddField(
            model_name='historicalroute',
            name='unchecked_pt_br',
            field=models.TextField(blank=True, help_text="One per line, e.g. 'Account at least 30 days old'. Shown, not enforced.", null=True, verbose_name='conditions the checker cannot test'),
        ),
        migrations.AddField(
            model_name='historicalsection',
            name='body_en',
            field=models.TextField(help_text='Markdown.', null=True),
        ),
        migrations.AddField(
            model_name='historicalsection',
            name='body_es',
            field=models.TextField(help_text='Markdown.', null=True),
        ),
        migrations.AddField(
            model_name='historicalsection',
            name='body_pt_br',
            field=models.TextField(help_text='Markdown.', null=True),
        ),
        migrations.AddField(
            model_name='historicalsection',
            name='summary_en',
            field=models.CharField(blank=True, help_text='One sentence for search results.', max_length=240, null=True),
        ),
        migrations.AddField(
            model_name='historicalsection',
            name='summary_es',
            field=models.CharField(blank=True, help_text='One sentence for search results.', max_length=240, null=True),
        ),
        migrations.AddField(
            model_name='historicalsection',
            name='summary_pt_br',
            field=models.CharField(blank=True, help_text='One sentence for search results.', max_length=240, null=True),
        ),
        migrations.AddField(
            model_name='historicalsection',
            name='title_en',
            field=models.CharField(max_length=120, null=True),
        ),
        migrations.AddField(
            model_name='historicalsection',
            name='title_es',
            field=models.CharField(max_length=120, null=True),
        ),
        migrations.AddField(
            model_name='historicalsection',
            name='title_pt_br',
            field=models.CharField(max_length=120, null=True),
        ),
        migrations.AddField(
            model_name='historicaltip',
            name='body_en',
            field=models.TextField(blank=True, help_text='Markdown.', null=True),
        ),
        migrations.AddField(
            model_name='historicaltip',
            name='body_es',
            field=models.TextField(blank=True, help_text='Markdown.', null=True),
        ),
        migrations.AddField(
            model_name='historicaltip',
            name='body_pt_br',
            field=models.TextField(blank=True, help_text='Markdown.', null=True),
        ),
        migrations.AddField(
            model_name='historicaltip',
            name='summary_en',
            field=models.CharField(help_text='One sentence, shown in lists and search results.', max_length=240, null=True),
        ),
        migrations.AddField(
            model_name='historicaltip',
            name='summary_es',
            field=models.CharField(help_text='One sentence, shown in lists and search results.', max_length=240, null=True),
        ),
        migrations.AddField(
            model_name='historicaltip',
            name='summary_pt_br',
            field=models.CharField(help_text='One sentence, shown in lists and search results.', max_length=240, null=True),
        ),
        migrations.AddField(
            model_name='historicaltip',
            name='title_en',
            field=models.CharField(max_length=120, null=True),
        ),
        migrations.AddField(
            model_name='historicaltip',
            name='title_es',
            field=models.CharField(max_length=120, null=True),
        ),
        migrations.AddField(
            model_name='historicaltip',
            name='title_pt_br',
            field=models.CharField(max_length=120, null=True),
        ),
        migrations.AddField(
            model_name='homepage',
            name='headline_en',
            field=models.CharField(default='How TikTok creators earn money', help_text="The page's main heading.", max_length=120, null=True),
        ),
        migrations.AddField(
            model_name='homepage',
            name='headline_es',
            field=models.CharField(default='How TikTok creators earn money', help_text="The page's main heading.", max_length=120, null=True),
        ),
        migrations.AddField(
            model_name='homepage',
            name='headline_pt_br',
            field=models.CharField(default='How TikTok creators earn money', help_text="The page's main heading.", max_length=120, null=True),
        ),
        migrations.AddField(
            model_name='homepage',
            name='intro_en',
            field=models.CharField(help_text='One or two sentences under the headline, after “Nine ways to get paid.” (that count comes from the published methods).', max_length=400, null=True),
        ),
        migrations.AddField(
            model_name='homepage',
            name='intro_es',
            field=models.CharField(help_text='One or two sentences under the headline, after “Nine ways to get paid.” (that count comes from the published methods).', max_length=400, null=True),
        ),
        migrations.AddField(
            model_name='homepage',
            name='intro_pt_br',
            field=models.CharField(help_text='One or two sentences under the headline, after “Nine ways to get paid.” (that count comes from the published methods).', max_length=400, null=True),
        ),
        migrations.AddField(
            model_name='homepage',
            name='translations_behind',
            field=models.JSONField(blank=True, default=dict, editable=False),
        ),
        migrations.AddField(
            model_name='liveaccessrule',
            name='note_en',
            field=models.CharField(blank=True, help_text="How sure this is, e.g. 'The 1,000 followers is widely reported; no TikTok page states it.'", max_length=400, null=True),
        ),
        migrations.AddField(
            model_name='liveaccessrule',
            name='note_es',
            field=models.CharField(blank=True, help_text="How sure this is, e.g. 'The 1,000 followers is widely reported; no TikTok page states it.'", max_length=400, null=True),
        ),
        migrations.AddField(
            model_name='liveaccessrule',
            name='note_pt_br',
            field=models.CharField(blank=True, help_text="How sure this is, e.g. 'The 1,000 followers is widely reported; no TikTok page states it.'", max_length=400, null=True),
        ),
        migrations.AddField(
            model_name='liveaccessrule',
            name='translations_behind',
            field=models.JSONField(blank=True, default=dict, editable=False),
        ),
        migrations.AddField(
            model_name='method',
            name='apply_hint_en',
            field=models.CharField(blank=True, help_text="Shown in the checker to creators who qualify, e.g. 'In TikTok Studio, open Monetization and tap Creator Rewards Program.'", max_length=240, null=True, verbose_name='how to apply, in one line'),
        ),
        migrations.AddField(
            model_name='method',
            name='apply_hint_es',
            field=models.CharField(blank=True, help_text="Shown in the checker to creators who qualify, e.g. 'In TikTok Studio, open Monetization and tap Creator Rewards Program.'", max_length=240, null=True, verbose_name='how to apply, in one line'),
        ),
        migrations.AddField(
            model_name='method',
            name='apply_hint_pt_br',
            field=models.CharField(blank=True, help_text="Shown in the checker to creators who qualify, e.g. 'In TikTok Studio, open Monetization and tap Creator Rewards Program.'", max_length=240, null=True, verbose_name='how to apply, in one line'),
        ),
        migrations.AddField(
            model_name='method',
            name='body_en',
            field=models.TextField(help_text='Markdown.', null=True, verbose_name='what it is'),
        ),
        migrations.AddField(
            model_name='method',
            name='body_es',
            field=models.TextField(help_text='Markdown.', null=True, verbose_name='what it is'),
        ),
        migrations.AddField(
            model_name='method',
            name='body_html_en',
            field=guide.markdown.RenderedMarkdownField(blank=True, editable=False, null=True),
        ),
        migrations.AddField(
            model_name='method',
            name='body_html_es',
            field=guide.markdown.RenderedMarkdownField(blank=True, editable=False, null=True),
        ),
        migrations.AddField(
            model_name='method',
            name='body_html_pt_br',
            field=guide.markdown.RenderedMarkdownField(blank=True, editable=False, null=True),
        ),
        migrations.AddField(
            model_name='method',
            name='body_pt_br',
            field=models.TextField(help_text='Markdown.', null=True, verbose_name='what it is'),
        ),
        migrations.AddField(
            model_name='method',
            name='caveats_en',
            field=models.TextField(blank=True, help_text='Markdown. What is uncertain or varies by region.', null=True),
        ),
        migrations.AddField(
            model_name='method',
            name='caveats_es',
            field=models.TextField(blank=True, help_text='Markdown. What is uncertain or varies by region.', null=True),
        ),
        migrations.AddField(
            model_name='method',
            name='caveats_html_en',
            field=guide.markdown.RenderedMarkdownField(blank=True, editable=False, null=True),
        ),
        migrations.AddField(
            model_name='method',
            name='caveats_html_es',
            field=guide.markdown.RenderedMarkdownField(blank=True, editable=False, null=True),
        ),
        migrations.AddField(
            model_name='method',
            name='caveats_html_pt_br',
            field=guide.markdown.RenderedMarkdownField(blank=True, editable=False, null=True),
        ),
        migrations.AddField(
            model_name='method',
            name='caveats_pt_br',
            field=models.TextField(blank=True, help_text='Markdown. What is uncertain or varies by region.', null=True),
        ),
        migrations.AddField(
            model_name='method',
            name='former_names_en',
            field=models.CharField(blank=True, help_text="Earlier names, e.g. 'Creator Fund (2020-2023)'. Searched too.", max_length=240, null=True),
        ),
        migrations.AddField(
            model_name='method',
            name='former_names_es',
            field=models.CharField(blank=True, help_text="Earlier names, e.g. 'Creator Fund (2020-2023)'. Searched too.", max_length=240, null=True),
        ),
        migrations.AddField(
            model_name='method',
            name='former_names_pt_br',
            field=models.CharField(blank=True, help_text="Earlier names, e.g. 'Creator Fund (2020-2023)'. Searched too.", max_length=240, null=True),
        ),
        migrations.AddField(
            model_name='method',
            name='name_en',
            field=models.CharField(max_length=120, null=True),
        ),
        migrations.AddField(
            model_name='method',
            name='name_es',
            field=models.CharField(max_length=120, null=True),
        ),
        migrations.AddField(
            model_name='method',
            name='name_pt_br',
            field=models.CharField(max_length=120, null=True),
        ),
        migrations.AddField(
            model_name='method',
            name='pays_en',
            field=models.TextField(help_text='Markdown. Mark reported figures as estimates.', null=True, verbose_name='how it pays'),
        ),
        migrations.AddField(
            model_name='method',
            name='pays_es',
            field=models.TextField(help_text='Markdown. Mark reported figures as estimates.', null=True, verbose_name='how it pays'),
        ),
        migrations.AddField(
            model_name='method',
            name='pays_html_en',
            field=guide.markdown.RenderedMarkdownField(blank=True, editable=False, null=True),
        ),
        migrations.AddField(
            model_name='method',
            name='pays_html_es',
            field=guide.markdown.RenderedMarkdownField(blank=True, editable=False, null=True),
        ),
        migrations.AddField(
            model_name='method',
            name='pays_html_pt_br',
            field=guide.markdown.RenderedMarkdownField(blank=True, editable=False, null=True),
        ),
        migrations.AddField(
            model_name='method',
            name='pays_pt_br',
            field=models.TextField(help_text='Markdown. Mark reported figures as estimates.', null=True, verbose_name='how it pays'),
        ),
        migrations.AddField(
            model_name='method',
            name='start_en',
            field=models.TextField(help_text='Markdown. Steps, where to apply.', null=True, verbose_name='how to start'),
        ),
        migrations.AddField(
            model_name='method',
            name='start_es',
            field=models.TextField(help_text='Markdown. Steps, where to apply.', null=True, verbose_name='how to start'),
        ),
        migrations.AddField(
            model_name='method',
            name='start_html_en',
            field=guide.markdown.RenderedMarkdownField(blank=True, editable=False, null=True),
        ),
        migrations.AddField(
            model_name='method',
            name='start_html_es',
            field=guide.markdown.RenderedMarkdownField(blank=True, editable=False, null=True),
        ),
        migrations.AddField(
            model_name='method',
            name='start_html_pt_br',
            field=guide.markdown.RenderedMarkdownField(blank=True, editable=False, null=True),
        ),
        migrations.AddField(
            model_name='method',
            name='start_pt_br',
            field=models.TextField(help_text='Markdown. Steps, where to apply.', null=True, verbose_name='how to start'),
        ),
        migrations.AddField(
            model_name='method',
            name='summary_en',
            field=models.CharField(help_text='One sentence: what it is and who it is for.', max_length=240, null=True),
        ),
        migrations.AddField(
            model_name='method',
            name='summary_es',
            field=models.CharField(help_text='One sentence: what it is and who it is for.', max_length=240, null=True),
        ),
        migrations.AddField(
            model_name='method',
            name='summary_pt_br',
            field=models.CharField(help_text='One sentence: what it is and who it is for.', max_length=240, null=True),
        ),
        migrations.AddField(
            model_name='method',
            name='translations_behind',
            field=models.JSONField(blank=True, default=dict, editable=False),
        ),
        migrations.AddField(
            model_name='nextsteplink',
            name='title_en',
            field=models.CharField(help_text="The link's words, e.g. 'TikTok Shop Seller Center Brazil'.", max_length=120, null=True),
        ),
        migrations.AddField(
            model_name='nextsteplink',
            name='title_es',
            field=models.CharField(help_text="The link's words, e.g. 'TikTok Shop Seller Center Brazil'.", max_length=120, null=True),
        ),
        migrations.AddField(
            model_name='nextsteplink',
            name='title_pt_br',
            field=models.CharField(help_text="The link's words, e.g. 'TikTok Shop Seller Center Brazil'.", max_length=120, null=True),
        ),
        migrations.AddField(
            model_name='nextsteplink',
            name='translations_behind',
            field=models.JSONField(blank=True, default=dict, editable=False),
        ),
        migrations.AddField(
            model_name='niche',
            name='name_en',
            field=models.CharField(max_length=80, null=True, unique=True),
        ),
        migrations.AddField(
            model_name='niche',
            name='name_es',
            field=models.CharField(max_length=80, null=True, unique=True),
        ),
        migrations.AddField(
            model_name='niche',
            name='name_pt_br',
            field=models.CharField(max_length=80, null=True, unique=True),
        ),
        migrations.AddField(
            model_name='niche',
            name='translations_behind',
            field=models.JSONField(blank=True, default=dict, editable=False),
        ),
        migrations.AddField(
            model_name='rate',
            name='label_en',
            field=models.CharField(blank=True, help_text='What this row is, when a figure has several: a category (“beauty”), a tier (“10k–50k followers”), a case (“with the bonus”).', max_length=160, null=True),
        ),
        migrations.AddField(
            model_name='rate',
            name='label_es',
            field=models.CharField(blank=True, help_text='What this row is, when a figure has several: a category (“beauty”), a tier (“10k–50k followers”), a case (“with the bonus”).', max_length=160, null=True),
        ),
        migrations.AddField(
            model_name='rate',
            name='label_pt_br',
            field=models.CharField(blank=True, help_text='What this row is, when a figure has several: a category (“beauty”), a tier (“10k–50k followers”), a case (“with the bonus”).', max_length=160, null=True),
        ),
        migrations.AddField(
            model_name='rate',
            name='translations_behind',
            field=models.JSONField(blank=True, default=dict, editable=False),
        ),
        migrations.AddField(
            model_name='route',
            name='name_en',
            field=models.CharField(help_text="Short, e.g. 'Followers and views' or 'TikTok One'.", max_length=120, null=True),
        ),
        migrations.AddField(
            model_name='route',
            name='name_es',
            field=models.CharField(help_text="Short, e.g. 'Followers and views' or 'TikTok One'.", max_length=120, null=True),
        ),
        migrations.AddField(
            model_name='route',
            name='name_pt_br',
            field=models.CharField(help_text="Short, e.g. 'Followers and views' or 'TikTok One'.", max_length=120, null=True),
        ),
        migrations.AddField(
            model_name='route',
            name='next_step_en',
            field=models.CharField(blank=True, help_text="What a creator who meets this route does now, e.g. 'Put your affiliate link in your bio (Edit profile, Website)'. Empty: the method's one-line 'how to apply'.", max_length=240, null=True, verbose_name='next step when met'),
        ),
        migrations.AddField(
            model_name='route',
            name='next_step_es',
            field=models.CharField(blank=True, help_text="What a creator who meets this route does now, e.g. 'Put your affiliate link in your bio (Edit profile, Website)'. Empty: the method's one-line 'how to apply'.", max_length=240, null=True, verbose_name='next step when met'),
        ),
        migrations.AddField(
            model_name='route',
            name='next_step_pt_br',
            field=models.CharField(blank=True, help_text="What a creator who meets this route does now, e.g. 'Put your affiliate link in your bio (Edit profile, Website)'. Empty: the method's one-line 'how to apply'.", max_length=240, null=True, verbose_name='next step when met'),
        ),
        migrations.AddField(
            model_name='route',
            name='translations_behind',
            field=models.JSONField(blank=True, default=dict, editable=False),
        ),
        migrations.AddField(
            model_name='route',
            name='unchecked_en',
            field=models.TextField(blank=True, help_text="One per line, e.g. 'Account at least 30 days old'. Shown, not enforced.", null=True, verbose_name='conditions the checker cannot test'),
        ),
        migrations.AddField(
            model_name='route',
            name='unchecked_es',
            field=models.TextField(blank=True, help_text="One per line, e.g. 'Account at least 30 days old'. Shown, not enforced.", null=True, verbose_name='conditions the checker cannot test'),
        ),
        migrations.AddField(
            model_name='route',
            name='unchecked_pt_br',
            field=models.TextField(blank=True, help_text="One per line, e.g. 'Account at least 30 days old'. Shown, not enforced.", null=True, verbose_name='conditions the checker cannot test'),
        ),
        migrations.AddField(
            model_name='section',
            name='body_en',
            field=models.TextField(help_text='Markdown.', null=True),
        ),
        migrations.AddField(
            model_name='section',
            name='body_es',
            field=models.TextField(help_text='Markdown.', null=True),
        ),
        migrations.AddField(
            model_name='section',
            name='body_html_en',
            field=guide.markdown.RenderedMarkdownField(blank=True, editable=False, null=True),
        ),
        migrations.AddField(
            model_name='section',
            name='body_html_es',
            field=guide.markdown.RenderedMarkdownField(blank=True, editable=False, null=True),
        ),
        migrations.AddField(
            model_name='section',
            name='body_html_pt_br',
            field=guide.markdown.RenderedMarkdownField(blank=True, editable=False, null=True),
        ),
        migrations.AddField(
            model_name='section',
            name='body_pt_br',
            field=models.TextField(help_text='Markdown.', null=True),
        ),
        migrations.AddField(
            model_name='section',
            name='summary_en',
            field=models.CharField(blank=True, help_text='One sentence for search results.', max_length=240, null=True),
        ),
        migrations.AddField(
            model_name='section',
            name='summary_es',
            field=models.CharField(blank=True, help_text='One sentence for search results.', max_length=240, null=True),
        ),
        migrations.AddField(
            model_name='section',
            name='summary_pt_br',
            field=models.CharField(blank=True, help_text='One sentence for search results.', max_length=240, null=True),
        ),
        migrations.AddField(
            model_name='section',
            name='title_en',
            field=models.CharField(max_length=120, null=True),
        ),
        migrations.AddField(
            model_name='section',
            name='title_es',
            field=models.CharField(max_length=120, null=True),
        ),
        migrations.AddField(
            model_name='section',
            name='title_pt_br',
            field=models.CharField(max_length=120, null=True),
        ),
        migrations.AddField(
            model_name='section',
            name='translations_behind',
            field=models.JSONField(blank=True, default=dict, editable=False),
        ),
        migrations.AddField(
            model_name='tip',
            name='body_en',
            field=models.TextField(blank=True, help_text='Markdown.', null=True),
        ),
        migrations.AddField(
            model_name='tip',
            name='body_es',
            field=models.TextField(blank=True, help_text='Markdown.', null=True),
        ),
        migrations.AddField(
            model_name='tip',
            name='body_html_en',
            field=guide.markdown.RenderedMarkdownField(blank=True, editable=False, null=True),
        ),
        migrations.AddField(
            model_name='tip',
            name='body_html_es',
            field=guide.markdown.RenderedMarkdownField(blank=True, editable=False, null=True),
        ),
        migrations.AddField(
            model_name='tip',
            name='body_html_pt_br',
            field=guide.markdown.RenderedMarkdownField(blank=True, editable=False, null=True),
        ),
        migrations.AddField(
            model_name='tip',
            name='body_pt_br',
            field=models.TextField(blank=True, help_text='Markdown.', null=True),
        ),
        migrations.AddField(
            model_name='tip',
            name='summary_en',
            field=models.CharField(help_text='One sentence, shown in lists and search results.', max_length=240, null=True),
        ),
        migrations.AddField(
            model_name='tip',
            name='summary_es',
            field=models.CharField(help_text='One sentence, shown in lists and search results.', max_length=240, null=True),
        ),
        migrations.AddField(
            model_name='tip',
            name='summary_pt_br',
            field=models.CharField(help_text='One sentence, shown in lists and search results.', max_length=240, null=True),
        ),
        migrations.AddField(
            model_name='tip',
            name='title_en',
            field=models.CharField(max_length=120, null=True),
        ),
        migrations.AddField(
            model_name='tip',
            name='title_es',
            field=models.CharField(max_length=120, null=True),
        ),
        migrations.AddField(
            model_name='tip',
            name='title_pt_br',
            field=models.CharField(max_length=120, null=True),
        ),
        migrations.AddField(
            model_name='tip',
            name='translations_behind',
            field=models.JSONField(blank=True, default=dict, editable=False),
        ),
        migrations.AlterField(
            model_name='historicalliveaccessrule',
            name='note',
            field=models.CharField(blank=True, help_text="How sure this is, e.g. 'The 1,000 followers is widely reported; no TikTok page states it.'", max_length=400),
        ),
        migrations.AlterField(
            model_name='historicalrate',
            name='label',
            field=models.CharField(blank=True, help_text='What this row is, when a figure has several: a category (“beauty”), a tier (“10k–50k followers”), a case (“with the bonus”).', max_length=160),
        ),
        migrations.AlterField(
            model_name='liveaccessrule',
            name='note',
            field=models.CharField(blank=True, help_text="How sure this is, e.g. 'The 1,000 followers is widely reported; no TikTok page states it.'", max_length=400),
        ),
        migrations.AlterField(
            model_name='rate',
            name='label',
            field=models.CharField(blank=True, help_text='What this row is, when a figure has several: a category (“beauty”), a tier (“10k–50k followers”), a case (“with the bonus”).', max_length=160),
        ),
        migrations.AddConstraint(
            model_name='change',
            constraint=models.UniqueConstraint(fields=('date', 'summary_en'), name='guide_change_date_summary_unique-en', violation_error_message='There is already a change with this date and summary.'),
        ),
        migrations.AddConstraint(
            model_name='change',
            constraint=models.UniqueConstraint(fields=('date', 'summary_es'), name='guide_change_date_summary_unique-es', violation_error_message='There is already a change with this date and summary.'),
        ),
        migrations.AddConstraint(
            model_name='change',
            constraint=models.UniqueConstraint(fields=('date', 'summary_pt_br'), name='guide_change_date_summary_unique-pt-br', violation_error_message='There is already a change with this date and summary.'),
        ),
        migrations.AddConstraint(
            model_name='rate',
            constraint=models.UniqueConstraint(fields=('method', 'figure', 'country', 'label_en'), name='guide_rate_natural_key-en', violation_error_message='This method already has this figure for this country and label.'),
        ),
        migrations.AddConstraint(
            model_name='rate',
            constraint=models.UniqueConstraint(fields=('method', 'figure', 'country', 'label_es'), name='guide_rate_natural_key-es', violation_error_message='This method already has this figure for this country and label.'),
        ),
        migrations.AddConstraint(
            model_name='rate',
            constraint=models.UniqueConstraint(fields=('method', 'figure', 'country', 'label_pt_br'), name='guide_rate_natural_key-pt-br', violation_error_message='This method already has this figure for this country and label.'),
        ),
        migrations.RunPython(copy_english, migrations.RunPython.noop),
    ]
