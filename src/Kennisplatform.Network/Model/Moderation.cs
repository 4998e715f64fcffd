namespace Kennisplatform.Network.Model;

/// <summary>Why a moderator hid an item, shown to its author; null when the item is visible.</summary>
public sealed record Moderation(string Reason, string Moderator);
