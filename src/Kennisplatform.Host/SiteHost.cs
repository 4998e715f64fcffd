using Kennisplatform.Theme;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

namespace Kennisplatform.Host;

/// <summary>Creates the web application: services, static files from the site folder, then routing.</summary>
public static class SiteHost
{
    /// <summary>The default address of <c>kennisplatform serve</c>.</summary>
    public const string DefaultUrl = "http://localhost:5080";

    /// <summary>Builds the app; the caller maps the routes.</summary>
    public static WebApplication Create(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }
        // Resolved after Build(), so that settings added by a test host are seen too.
        builder.Services.AddSingleton(sp => new SiteFolder(Path.GetFullPath(sp.GetRequiredService<IConfiguration>()["Site:Path"] ?? "_site")));
        builder.Services.AddSingleton<SearchIndex>();
        builder.Services.AddSingleton(sp => new ThemeRenderer(sp.GetRequiredService<ILoggerFactory>()));

        var app = builder.Build();
        var site = app.Services.GetRequiredService<SiteFolder>();
        if (!Directory.Exists(site.Public))
        {
            throw new DirectoryNotFoundException($"No built site at {site.Root}: run 'kennisplatform build' first.");
        }
        var files = new PhysicalFileProvider(site.Public);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ContentTypeProvider = ContentTypes() });
        // Routing after static files, so that the fallback endpoint does not hide existing files.
        app.UseRouting();
        return app;
    }

    private static FileExtensionContentTypeProvider ContentTypes()
    {
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".webmanifest"] = "application/manifest+json";
        types.Mappings[".atom"] = "application/atom+xml";
        return types;
    }
}
