namespace Kennisplatform.Network.Storage;

/// <summary>The database could not be reached; the network answers 503 while the rest of the site keeps working.</summary>
public sealed class NetworkUnavailableException(Exception inner) : Exception("The network database is unreachable.", inner);
