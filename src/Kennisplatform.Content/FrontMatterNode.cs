namespace Kennisplatform.Content;

/// <summary>A value in front matter, with the 1-based line and column in the file where it starts.</summary>
public abstract record FrontMatterNode(int Line, int Column);

/// <summary>A single text value (YAML scalar); <see cref="Text"/> is as written, unquoted.</summary>
public sealed record FrontMatterScalar(string Text, int Line, int Column) : FrontMatterNode(Line, Column);

/// <summary>A YAML sequence.</summary>
public sealed record FrontMatterList(IReadOnlyList<FrontMatterNode> Items, int Line, int Column) : FrontMatterNode(Line, Column);

/// <summary>A YAML mapping, keys in the order written.</summary>
public sealed record FrontMatterMap(IReadOnlyList<FrontMatterField> Fields, int Line, int Column) : FrontMatterNode(Line, Column)
{
    /// <summary>The field with this key, or null.</summary>
    public FrontMatterField? this[string key]
    {
        get
        {
            // A plain loop: every page, listing, feed and index document asks a few fields per document on every build.
            var fields = Fields;
            for (var i = 0; i < fields.Count; i++)
            {
                if (string.Equals(fields[i].Key, key, StringComparison.Ordinal)) return fields[i];
            }
            return null;
        }
    }
}

/// <summary>One <c>key: value</c> pair, with the position of its key.</summary>
public sealed record FrontMatterField(string Key, int Line, int Column, FrontMatterNode Value);
