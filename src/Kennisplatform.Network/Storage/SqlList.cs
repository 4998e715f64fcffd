using System.Globalization;
using Dapper;

namespace Kennisplatform.Network.Storage;

/// <summary>
/// Lists for <c>IN (…)</c> written the same way for both databases (Dapper would send an array to PostgreSQL, which
/// <c>IN</c> does not take): numbers inline, text as numbered parameters.
/// </summary>
internal static class SqlList
{
    /// <summary>Numbers, written inline (they cannot carry SQL).</summary>
    public static string Of(IEnumerable<long> ids)
    {
        var list = string.Join(',', ids.Select(i => i.ToString(CultureInfo.InvariantCulture)));
        return list.Length == 0 ? "(NULL)" : $"({list})";
    }

    /// <summary>Texts as parameters <c>@{prefix}0</c>, <c>@{prefix}1</c>, … added to <paramref name="parameters"/>.</summary>
    public static string Of(string prefix, IEnumerable<string> values, DynamicParameters parameters)
    {
        var names = new List<string>();
        foreach (var value in values)
        {
            var name = prefix + names.Count.ToString(CultureInfo.InvariantCulture);
            parameters.Add(name, value);
            names.Add("@" + name);
        }
        return names.Count == 0 ? "(NULL)" : $"({string.Join(',', names)})";
    }
}
