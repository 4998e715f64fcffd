namespace Kennisplatform.Content;

/// <summary>What reading one content file gave: its document (null when it could not be read) and its diagnostics.</summary>
public sealed record FileRead(Document? Document, IReadOnlyList<Diagnostic> Diagnostics);
