namespace Kennisplatform.Network.Model;

/// <summary>A report of an item by a user, waiting for a moderator.</summary>
public sealed record Report(long Id, string Kind, long ItemId, string Reporter, string Reason, DateTimeOffset CreatedAt, string Title, Moderation? Hidden);
