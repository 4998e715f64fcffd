using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Kennisplatform.Testing;
using Kennisplatform.Testing.Identity;
using Microsoft.AspNetCore.Builder;

namespace Kennisplatform.Host.Tests.EndToEnd;

/// <summary>
/// Debian's nginx running <c>deploy/nginx.conf</c> (its ports, certificate and upstreams replaced for the test) over
/// TLS with a throwaway certificate, in front of two real hosts (Kestrel on free loopback ports) that serve the closed
/// part's fixture site with a shared key folder, signing in with a users file or with a real OpenID Connect provider
/// (<see cref="TestIdentityProvider"/>, the collection's). Started once for the test class.
/// </summary>
public sealed class NginxFixture : IAsyncLifetime
{
    private readonly TempFolder _temp = new();
    private readonly SemaphoreSlim _start = new(1, 1);
    private readonly List<WebApplication> _hosts = [];
    private Process? _nginx;

    /// <summary>The identity provider the hosts offer besides the users file.</summary>
    public TestIdentityProvider Provider { get; private set; } = default!;

    /// <summary>The HTTPS address of nginx.</summary>
    public Uri Https { get; private set; } = default!;

    /// <summary>The plain HTTP address of nginx (which redirects to HTTPS).</summary>
    public Uri Http { get; private set; } = default!;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    /// <summary>Starts the hosts and nginx (and the provider, if no other class did) on first use.</summary>
    public async Task StartAsync(ClosedPartFixture closed, IdentityProviderFixture providers)
    {
        await _start.WaitAsync();
        try
        {
            if (_nginx is not null) return;
            var nginx = new[] { "/usr/sbin/nginx", "/usr/bin/nginx" }.FirstOrDefault(File.Exists)
                ?? throw new InvalidOperationException("nginx is not installed: scripts/test.sh installs Debian's nginx (apt-get install nginx)");
            Certificate();
            Provider = await providers.StartAsync();
            var upstreams = new List<string>();
            for (var i = 0; i < 2; i++) upstreams.Add(await StartHostAsync(closed));
            var (http, https) = (FreePort(), FreePort());
            File.WriteAllText(_temp["nginx.conf"], MainConfig(SiteConfig(upstreams, http, https)));
            _nginx = Process.Start(new ProcessStartInfo(nginx, ["-p", _temp.Path, "-c", _temp["nginx.conf"]])
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
            })!;
            Http = new Uri($"http://localhost:{http}");
            Https = new Uri($"https://localhost:{https}");
            await WaitForAsync(https);
            await Provider.RegisterClientAsync(Https);
        }
        finally
        {
            _start.Release();
        }
    }

    /// <summary>
    /// A browser-like client of nginx from its own loopback address (127.0.0.x), so that nginx and the hosts see
    /// different clients; it keeps cookies and does not follow redirects.
    /// </summary>
    public HttpClient Client(int client)
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = true,
            CookieContainer = new CookieContainer(),
            SslOptions = { RemoteCertificateValidationCallback = (_, _, _, _) => true }, // the test's own certificate
            ConnectCallback = async (context, cancel) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                socket.Bind(new IPEndPoint(IPAddress.Parse($"127.0.0.{client}"), 0));
                await socket.ConnectAsync(IPAddress.Loopback, context.DnsEndPoint.Port, cancel);
                return new NetworkStream(socket, ownsSocket: true);
            },
        };
        return new HttpClient(handler) { BaseAddress = Https };
    }

    private async Task<string> StartHostAsync(ClosedPartFixture closed)
    {
        var (app, address) = await KestrelHost.StartAsync(
            $"--Site:Path={closed.Site}",
            "--Proxy:KnownProxies:0=127.0.0.1",
            $"--Toegang:UsersFile={closed.UsersFile}",
            $"--Toegang:KeysFolder={_temp["keys"]}",
            $"--Toegang:KeysCertificate={_temp["keys.pfx"]}",
            "--Toegang:AddressLockoutAttempts=3",
            $"--Toegang:OpenIdConnect:Authority={Provider.Authority}",
            $"--Toegang:OpenIdConnect:ClientId={TestIdentityProvider.ClientId}",
            $"--Toegang:OpenIdConnect:ClientSecret={TestIdentityProvider.ClientSecret}",
            "--AllowedHosts=localhost");
        _hosts.Add(app);
        return address.Authority;
    }

    // deploy/nginx.conf as an operator has it, with only its addresses, ports and certificate replaced.
    private string SiteConfig(IReadOnlyList<string> upstreams, int http, int https)
    {
        var config = File.ReadAllText(Path.Combine(Fixtures.RepositoryRoot, "deploy", "nginx.conf"));
        string Replace(string text, string from, string to) =>
            text.Contains(from) ? text.Replace(from, to) : throw new InvalidOperationException($"deploy/nginx.conf no longer contains '{from}'");
        config = Replace(config, "server 10.0.0.11:5080", $"server {upstreams[0]}");
        config = Replace(config, "server 10.0.0.12:5080", $"server {upstreams[1]}");
        config = Replace(config, "listen 80;", $"listen 127.0.0.1:{http};");
        config = Replace(config, "listen 443 ssl", $"listen 127.0.0.1:{https} ssl");
        config = Replace(config, "return 301 https://$host$request_uri;", $"return 301 https://$host:{https}$request_uri;");
        config = Replace(config, "server_name www.kennisplatformondermijning.nl;", "server_name localhost;");
        // On 443 the host name alone is the public address; on the test's port the port belongs to it.
        config = Replace(config, "proxy_set_header Host $host;", "proxy_set_header Host $host:" + https + ";");
        config = Replace(config, "/etc/ssl/kennisplatform/fullchain.pem", _temp["cert.pem"]);
        config = Replace(config, "/etc/ssl/kennisplatform/privkey.pem", _temp["key.pem"]);
        return config;
    }

    // The main file Debian's /etc/nginx/nginx.conf would be, kept inside the test's folder.
    private string MainConfig(string site)
    {
        var root = _temp.Path;
        var user = Environment.UserName == "root" ? "user root;" : "";
        return $$"""
            {{user}}
            daemon off;
            worker_processes 1;
            pid {{root}}/nginx.pid;
            error_log {{root}}/error.log warn;
            events { worker_connections 256; }
            http {
                access_log {{root}}/access.log;
                client_body_temp_path {{root}}/client_body;
                proxy_temp_path {{root}}/proxy;
                fastcgi_temp_path {{root}}/fastcgi;
                uwsgi_temp_path {{root}}/uwsgi;
                scgi_temp_path {{root}}/scgi;
            {{site}}
            }
            """;
    }

    private void Certificate()
    {
        var openssl = Process.Start(new ProcessStartInfo("openssl",
            ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost",
             "-keyout", _temp["key.pem"], "-out", _temp["cert.pem"]])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        })!;
        openssl.WaitForExit();
        if (openssl.ExitCode != 0) throw new InvalidOperationException("openssl: " + openssl.StandardError.ReadToEnd());
        // The same throwaway certificate encrypts the hosts' shared keys at rest.
        using var pem = System.Security.Cryptography.X509Certificates.X509Certificate2.CreateFromPemFile(_temp["cert.pem"], _temp["key.pem"]);
        File.WriteAllBytes(_temp["keys.pfx"], pem.Export(System.Security.Cryptography.X509Certificates.X509ContentType.Pfx));
    }

    private async Task WaitForAsync(int port)
    {
        for (var i = 0; i < 100; i++)
        {
            if (_nginx!.HasExited)
            {
                throw new InvalidOperationException("nginx stopped: " + await _nginx.StandardError.ReadToEndAsync() +
                    (File.Exists(_temp["error.log"]) ? File.ReadAllText(_temp["error.log"]) : ""));
            }
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }
        throw new TimeoutException("nginx did not start listening");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (_nginx is { HasExited: false })
        {
            _nginx.Kill(entireProcessTree: true);
            await _nginx.WaitForExitAsync();
        }
        foreach (var host in _hosts)
        {
            await host.StopAsync();
            await host.DisposeAsync();
        }
        _temp.Dispose();
    }
}
