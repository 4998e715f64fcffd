using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using MimeKit;

namespace Kennisplatform.Host.Tests.Network;

[Collection(NetworkCollection.Name)]
public class NetworkPagesTests(NetworkFixture network)
{
    private const string Marker = NetworkFixture.Marker;

    private static (string, string)[] Profile(string expertise, string theme = "vastgoed", string region = "limburg") =>
    [
        ("functie", "Analist ondermijning"), ("themas", theme), ("regios", region), ("expertise", expertise), ("werk", "Een project over vakantieparken"),
        ("email", "anna@example.nl"),
    ];

    [Theory]
    [InlineData("/besloten/netwerk/")]
    [InlineData("/besloten/netwerk/projecten/")]
    [InlineData("/besloten/netwerk/vragen/")]
    [InlineData("/besloten/netwerk/mijn-profiel/")]
    [InlineData("/besloten/netwerk/profielen/1/")]
    public async Task Anonymous_users_are_sent_to_sign_in_and_other_organisations_are_refused(string path)
    {
        var anonymous = await (await network.ClientAsync()).GetAsync(path);
        var outsider = await (await network.ClientAsync("buiten")).GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/inloggen", anonymous.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.Forbidden, outsider.StatusCode);
        Assert.DoesNotContain(Marker, await outsider.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_profile_is_saved_found_by_theme_and_region_and_invisible_outside_the_covenant()
    {
        var anna = await network.ClientAsync("anna");
        var saved = await NetworkFixture.PostFormAsync(anna, "/besloten/netwerk/mijn-profiel/", "/besloten/netwerk/mijn-profiel/",
            Profile($"Vastgoedonderzoek en {Marker}"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var bram = await network.ClientAsync("bram");
        var found = await bram.GetAsync("/besloten/netwerk/?thema=vastgoed&regio=limburg");
        var html = await found.Content.ReadAsStringAsync();

        Assert.True(found.Headers.CacheControl is { Private: true, NoStore: true });
        Assert.Contains("Anna Analist", html);
        Assert.Contains("Vastgoed", html);
        Assert.Contains("Anna Analist", await bram.GetStringAsync($"/besloten/netwerk/?q={Marker.ToLowerInvariant()}"));
        foreach (var client in new[] { await network.ClientAsync(), await network.ClientAsync("buiten") })
        {
            var page = await client.GetStringAsync($"/zoeken?q={Marker}");
            Assert.Contains("0 resultaten", page);
            Assert.DoesNotContain("Anna Analist", page);
            Assert.DoesNotContain("/besloten/netwerk/", page);
            Assert.Contains("\"total\":0", await client.GetStringAsync($"/api/zoeken?q={Marker}"));
        }
        foreach (var file in Directory.EnumerateFiles(network.Site, "*", SearchOption.AllDirectories))
        {
            Assert.DoesNotContain(Marker, File.ReadAllText(file));
        }
        Assert.Contains(network.Log, l => l.Contains("audit network profiel opslaan") && l.Contains("anna") && l.Contains("opgeslagen"));
        var leaked = network.Log.Where(l => l.Contains(Marker) && !l.Contains("audit search")).ToList();
        Assert.True(leaked.Count == 0, string.Join("\n", leaked));
    }

    [Fact]
    public async Task An_invalid_profile_comes_back_with_a_Dutch_message_beside_each_field_and_keeps_what_was_typed()
    {
        var bram = await network.ClientAsync("bram");

        var response = await NetworkFixture.PostFormAsync(bram, "/besloten/netwerk/mijn-profiel/", "/besloten/netwerk/mijn-profiel/",
            ("functie", ""), ("expertise", "Getypte <b>tekst</b> die blijft"), ("email", "geen-adres"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var text = WebUtility.HtmlDecode(html);
        Assert.Contains("Vul uw functie in.", text);
        Assert.Contains("Kies ten minste één thema.", text);
        Assert.Contains("Dit is geen geldig e-mailadres.", text);
        Assert.Contains("Getypte &lt;b&gt;tekst&lt;/b&gt; die blijft", html);
        Assert.Contains("aria-invalid=\"true\"", html);
    }

    [Fact]
    public async Task A_form_posted_without_its_anti_forgery_token_is_refused_and_writes_nothing()
    {
        var bram = await network.ClientAsync("bram");

        var response = await bram.PostAsync("/besloten/netwerk/vragen/nieuw/", new FormUrlEncodedContent(
            new Dictionary<string, string> { ["titel"] = $"Vervalste vraag {Marker}", ["themas"] = "vastgoed" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain($"Vervalste vraag", await bram.GetStringAsync("/besloten/netwerk/vragen/"));
    }

    [Fact]
    public async Task A_question_is_mailed_to_followers_and_a_message_reaches_the_recipient_without_showing_their_address()
    {
        var anna = await network.ClientAsync("anna");
        await NetworkFixture.PostFormAsync(anna, "/besloten/netwerk/mijn-profiel/", "/besloten/netwerk/mijn-profiel/", Profile("Damocles en horeca", "damocles"));
        await NetworkFixture.PostFormAsync(anna, "/besloten/netwerk/volgen/", "/besloten/netwerk/volgen/", ("themas", "damocles"));
        var bram = await network.ClientAsync("bram");

        var asked = await NetworkFixture.PostFormAsync(bram, "/besloten/netwerk/vragen/nieuw/", "/besloten/netwerk/vragen/nieuw/",
            ("titel", "Wie sloot een drugspand met Damocles?"), ("themas", "damocles"));
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        var profileUrl = Regex.Match(await bram.GetStringAsync("/besloten/netwerk/?q=damocles"), "href=\"(/besloten/netwerk/profielen/\\d+/)\"").Groups[1].Value;
        var profilePage = await bram.GetStringAsync(profileUrl);
        var sent = await NetworkFixture.PostFormAsync(bram, profileUrl + "contact/", profileUrl + "contact/", ("onderwerp", "Uw aanpak"), ("tekst", "Mag ik u bellen?"));

        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.DoesNotContain("anna@example.nl", profilePage);
        Assert.DoesNotContain("anna@example.nl", await sent.Content.ReadAsStringAsync());
        var mails = Directory.GetFiles(network.MailFolder, "*.eml").Select(f => MimeMessage.Load(f)).ToList();
        Assert.Contains(mails, m => m.Subject!.Contains("Wie sloot een drugspand met Damocles?") && m.To.Mailboxes.Single().Address == "anna@example.nl");
        Assert.Contains(mails, m => m.TextBody!.Contains("Mag ik u bellen?") && m.TextBody.Contains("Bram Rechercheur"));
    }

    [Fact]
    public async Task Moderators_hide_a_reported_answer_and_its_author_sees_why()
    {
        var anna = await network.ClientAsync("anna");
        var bram = await network.ClientAsync("bram");
        var asked = await NetworkFixture.PostFormAsync(anna, "/besloten/netwerk/vragen/nieuw/", "/besloten/netwerk/vragen/nieuw/",
            ("titel", "Ervaringen met screening van huurders?"), ("themas", "vastgoed"));
        var question = asked.Headers.Location!.ToString();
        var answered = await NetworkFixture.PostFormAsync(bram, question, question + "antwoorden/", ("tekst", "Een ongepast antwoord"));
        var answerId = Regex.Match(answered.Headers.Location!.ToString(), "antwoord-(\\d+)").Groups[1].Value;
        await NetworkFixture.PostFormAsync(anna, question, "/besloten/netwerk/melden/", ("soort", "antwoord"), ("id", answerId), ("reden", "Ongepast"));

        var refused = await bram.GetAsync("/besloten/netwerk/moderatie/");
        var mona = await network.ClientAsync("mona");
        Assert.Contains("Een ongepast antwoord", await mona.GetStringAsync("/besloten/netwerk/moderatie/"));
        await NetworkFixture.PostFormAsync(mona, "/besloten/netwerk/moderatie/", "/besloten/netwerk/moderatie/",
            ("soort", "antwoord"), ("id", answerId), ("actie", "verbergen"), ("reden", "Geen inhoudelijk antwoord"));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.DoesNotContain("Een ongepast antwoord", await anna.GetStringAsync(question));
        var authorView = await bram.GetStringAsync(question);
        Assert.Contains("Een ongepast antwoord", authorView);
        Assert.Contains("Geen inhoudelijk antwoord", authorView);
    }

    [Fact]
    public async Task Covenant_partners_find_running_projects_in_the_site_search_marked_closed_and_nobody_else_does()
    {
        var anna = await network.ClientAsync("anna");
        var saved = await NetworkFixture.PostFormAsync(anna, "/besloten/netwerk/projecten/nieuw/", "/besloten/netwerk/projecten/nieuw/",
            ("titel", $"Projectmarker {Marker}"), ("doel", "Ondermijning op vakantieparken in beeld"), ("themas", "vastgoed"), ("regios", "limburg"),
            ("partners", "Politie, Belastingdienst"), ("fase", "opstart"), ("start", "2026-02-01"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var covenant = await (await network.ClientAsync("bram")).GetStringAsync($"/zoeken?q={Marker}");
        var anonymous = await (await network.ClientAsync()).GetStringAsync($"/zoeken?q={Marker}");
        var outsider = await (await network.ClientAsync("buiten")).GetStringAsync($"/zoeken?q={Marker}");

        Assert.Contains($"Projectmarker {Marker}", covenant);
        Assert.Contains("Uit het netwerk", covenant);
        Assert.DoesNotContain("Projectmarker", anonymous);
        Assert.DoesNotContain("Uit het netwerk", anonymous);
        Assert.DoesNotContain("Projectmarker", outsider);
    }

    [Fact]
    public async Task The_search_api_gives_covenant_partners_network_projects_and_profiles_marked_closed_and_nobody_else()
    {
        const string word = "Zwaluwstaartapimarker";
        var anna = await network.ClientAsync("anna");
        Assert.Equal(HttpStatusCode.Redirect, (await NetworkFixture.PostFormAsync(anna, "/besloten/netwerk/projecten/nieuw/", "/besloten/netwerk/projecten/nieuw/",
            ("titel", $"Apiproject {word}"), ("doel", "Vastgoed in beeld"), ("themas", "vastgoed"), ("regios", "limburg"),
            ("partners", "Politie"), ("fase", "opstart"), ("start", "2026-03-01"))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await NetworkFixture.PostFormAsync(anna, "/besloten/netwerk/mijn-profiel/", "/besloten/netwerk/mijn-profiel/",
            Profile($"Onderzoek naar {word}"))).StatusCode);

        using var covenant = JsonDocument.Parse(await (await network.ClientAsync("bram")).GetStringAsync($"/api/zoeken?q={word}"));
        var hits = covenant.RootElement.GetProperty("network").EnumerateArray().ToList();

        Assert.Contains(hits, h => h.GetProperty("title").GetString() == $"Apiproject {word}" && h.GetProperty("url").GetString()!.StartsWith("/besloten/netwerk/projecten/"));
        Assert.Contains(hits, h => h.GetProperty("title").GetString() == "Anna Analist" && h.GetProperty("url").GetString()!.StartsWith("/besloten/netwerk/profielen/"));
        Assert.All(hits, h => Assert.True(h.GetProperty("restricted").GetBoolean()));
        foreach (var client in new[] { await network.ClientAsync(), await network.ClientAsync("buiten") })
        {
            var response = await client.GetAsync($"/api/zoeken?q={word}");
            var json = await response.Content.ReadAsStringAsync();
            using var outside = JsonDocument.Parse(json);
            Assert.Equal(0, outside.RootElement.GetProperty("network").GetArrayLength());
            Assert.Equal(0, outside.RootElement.GetProperty("total").GetInt32());
            Assert.DoesNotContain(word, json.Replace($"\"query\":\"{word}\"", ""));
            Assert.DoesNotContain("/besloten/", json);
        }
    }
}
