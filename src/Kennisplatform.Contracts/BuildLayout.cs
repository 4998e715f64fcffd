namespace Kennisplatform.Contracts;

/// <summary>
/// The folders and files of one finished build (the target of the <c>_site</c> link), as the build writes them and the
/// host reads them. Only <see cref="Public"/> may be served as it is; everything else is read by the host itself.
/// </summary>
/// <param name="Root">The build folder.</param>
public sealed record BuildLayout(string Root)
{
    /// <summary>Folder name of the public pages, assets, feeds and JSON.</summary>
    public const string PublicFolder = "public";

    /// <summary>Folder name of a search index (the public one under the root, the closed one under <see cref="RestrictedFolder"/>).</summary>
    public const string IndexFolder = "index";

    /// <summary>Folder name of the closed part, served only after authorisation.</summary>
    public const string RestrictedFolder = "restricted";

    /// <summary>Folder name of the closed part's pages, under <see cref="RestrictedFolder"/>.</summary>
    public const string PagesFolder = "pages";

    /// <summary>File name of the table of old paths (<c>aliases:</c>) and their new ones, as JSON.</summary>
    public const string RedirectsFile = "redirects.json";

    /// <summary>File name of the manifest of every public address of the build, which the next build compares with.</summary>
    public const string AddressesFile = "adressen.json";

    /// <summary>File name of the address the site is served from (one line, e.g. <c>https://www.kennisplatformondermijning.nl</c>).</summary>
    public const string BaseUrlFile = "base-url";

    /// <summary>File name whose time tells the preview that a page of this build was redone in place.</summary>
    public const string PreviewStampFile = "preview-stamp";

    /// <summary>The public pages.</summary>
    public string Public => Path.Combine(Root, PublicFolder);

    /// <summary>The public search index.</summary>
    public string Index => Path.Combine(Root, IndexFolder);

    /// <summary>The closed part (pages and index).</summary>
    public string Restricted => Path.Combine(Root, RestrictedFolder);

    /// <summary>The pages of the closed part.</summary>
    public string RestrictedPages => Path.Combine(Root, RestrictedFolder, PagesFolder);

    /// <summary>The index of the closed part only (searched together with <see cref="Index"/>).</summary>
    public string RestrictedIndex => Path.Combine(Root, RestrictedFolder, IndexFolder);

    /// <summary>The redirect table.</summary>
    public string Redirects => Path.Combine(Root, RedirectsFile);

    /// <summary>The address manifest.</summary>
    public string Addresses => Path.Combine(Root, AddressesFile);

    /// <summary>The address the build made its absolute links with.</summary>
    public string BaseUrl => Path.Combine(Root, BaseUrlFile);

    /// <summary>The preview stamp.</summary>
    public string PreviewStamp => Path.Combine(Root, PreviewStampFile);
}
