using Xunit.Sdk;
using Xunit.v3;

namespace Kennisplatform.Testing;

/// <summary>
/// Starts the test collections whose definition is marked <see cref="LongSetupAttribute"/> before the others, which keep
/// xunit's default order. A run ends when its last collection does: a collection with a long setup that happens to start
/// last runs alone at the end, with one of the test threads idle.
/// </summary>
public sealed class LongSetupFirst : ITestCollectionOrderer
{
    /// <inheritdoc />
    public IReadOnlyCollection<TTestCollection> OrderTestCollections<TTestCollection>(IReadOnlyCollection<TTestCollection> testCollections)
        where TTestCollection : ITestCollection =>
        DefaultTestCollectionOrderer.Instance.OrderTestCollections(testCollections)
            .OrderBy(c => c is IXunitTestCollection { CollectionDefinition: { } definition } && definition.IsDefined(typeof(LongSetupAttribute), inherit: false) ? 0 : 1)
            .ToList();
}

/// <summary>Marks a collection definition whose classes take long to set up, for <see cref="LongSetupFirst"/>.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class LongSetupAttribute : Attribute;
