namespace Kennisplatform.Network.Model;

/// <summary>The signed-in professional: name and organisation come from sign-in and are not editable here.</summary>
public sealed record Member(string Username, string Name, string Organisation, bool IsModerator = false, string? Email = null);
