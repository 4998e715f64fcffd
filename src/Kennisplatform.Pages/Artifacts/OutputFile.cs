namespace Kennisplatform.Pages.Artifacts;

/// <summary>A generated file: its path relative to <c>public/</c> (or to the build root) and its bytes.</summary>
public sealed record OutputFile(string Path, byte[] Content);
