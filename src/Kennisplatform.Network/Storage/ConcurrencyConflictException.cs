namespace Kennisplatform.Network.Storage;

/// <summary>Someone else saved the item after it was read: the caller shows the newer version instead of overwriting it.</summary>
public sealed class ConcurrencyConflictException() : Exception("The item was changed by someone else.");
