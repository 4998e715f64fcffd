using System.Text.Json.Serialization;
using Kennisplatform.Contracts;

namespace Kennisplatform.Build;

/// <summary>
/// The JSON of the build cache (its manifest, the records of build folders, the taxonomy table in keys), with
/// serializers made at compile time: the reflection-based ones cost every build about 50 ms of preparing before the
/// first small file was read.
/// </summary>
[JsonSerializable(typeof(BuildManifest))]
[JsonSerializable(typeof(Dictionary<string, string>))]
[JsonSerializable(typeof(IReadOnlyDictionary<string, string>))]
[JsonSerializable(typeof(IReadOnlyList<Taxonomy>))]
internal sealed partial class CacheJson : JsonSerializerContext;
