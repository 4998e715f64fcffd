namespace Kennisplatform.Host;

/// <summary>The host's entry point: serves the published pages and answers searches server-side.</summary>
public partial class Program
{
    /// <summary>Starts the host; <c>--Site:Path</c> names the built site, <c>--urls</c> where to listen.</summary>
    public static async Task Main(string[] args)
    {
        var app = SiteHost.Create(args);
        app.MapKennisplatform();
        await app.RunAsync();
    }
}
