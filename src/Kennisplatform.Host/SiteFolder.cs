namespace Kennisplatform.Host;

/// <summary>The published site: a folder, or the link to the current build, holding <c>public/</c> and <c>index/</c>.</summary>
public sealed record SiteFolder(string Root);
