using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Kennisplatform.Host.Tests;

/// <summary>The socket transport's settings come from configuration, as the rest of Kestrel's section does.</summary>
public sealed class SocketTransportSettingsTests : IDisposable
{
    private readonly string _site = Directory.CreateTempSubdirectory("kp-sockets-").FullName;

    public SocketTransportSettingsTests() => Directory.CreateDirectory(Path.Combine(_site, "public"));

    public void Dispose() => Directory.Delete(_site, recursive: true);

    [Fact]
    public async Task Kestrel_socket_settings_reach_the_transport()
    {
        await using var app = SiteHost.Create([$"--Site:Path={_site}", "--Kestrel:Sockets:UnsafePreferInlineScheduling=true", "--Kestrel:Sockets:IOQueueCount=1"]);

        var options = app.Services.GetRequiredService<IOptions<SocketTransportOptions>>().Value;

        Assert.True(options.UnsafePreferInlineScheduling);
        Assert.Equal(1, options.IOQueueCount);
    }

    [Fact]
    public async Task Without_settings_the_transport_keeps_its_defaults()
    {
        await using var app = SiteHost.Create([$"--Site:Path={_site}"]);

        var options = app.Services.GetRequiredService<IOptions<SocketTransportOptions>>().Value;

        Assert.False(options.UnsafePreferInlineScheduling);
        Assert.Equal(new SocketTransportOptions().IOQueueCount, options.IOQueueCount);
    }
}
