using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Kennisplatform.Testing;

namespace Kennisplatform.Host.Tests.Access;

[Collection(ClosedPartCollection.Name)]
public class KeyProtectionTests(ClosedPartFixture closed)
{
    [Fact]
    public async Task Keys_in_the_shared_folder_are_encrypted_with_the_configured_certificate()
    {
        using var temp = new TempFolder();
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=kennisplatform-keys", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        File.WriteAllBytes(temp["keys.pfx"], certificate.Export(X509ContentType.Pfx, "geheim"));
        var host = closed.Host(("Toegang:KeysFolder", temp["keys"]), ("Toegang:KeysCertificate", temp["keys.pfx"]),
            ("Toegang:KeysCertificatePassword", "geheim"));

        var client = host.CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        var signIn = await ClosedPartFixture.SignInAsync(client, "analist", "juist-wachtwoord");
        var key = File.ReadAllText(Assert.Single(Directory.GetFiles(temp["keys"], "key-*.xml")));

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Contains("encryptedSecret", key);
        Assert.DoesNotContain("<masterKey", key);
    }

    [Fact]
    public void A_shared_key_folder_without_a_certificate_stops_the_host_at_start()
    {
        using var temp = new TempFolder();
        var host = closed.Host(("Toegang:KeysFolder", temp["keys"]));

        var error = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        Assert.Contains("KeysCertificate", error.ToString());
    }
}
