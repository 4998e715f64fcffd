namespace Kennisplatform.Network.Model;

/// <summary>Dutch messages per form field; empty when the input is acceptable.</summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, string> _errors = new(StringComparer.Ordinal);

    /// <summary>True when there is no error.</summary>
    public bool IsEmpty => _errors.Count == 0;

    /// <summary>The message for a field, or null.</summary>
    public string? this[string field] => _errors.GetValueOrDefault(field);

    /// <summary>Every field with a message.</summary>
    public IReadOnlyDictionary<string, string> All => _errors;

    /// <summary>Adds a message unless the field already has one (the first problem is the one to fix).</summary>
    public FieldErrors Add(string field, string message)
    {
        _errors.TryAdd(field, message);
        return this;
    }

    /// <summary>Checks a text field: required or not, and at most <paramref name="max"/> characters.</summary>
    public FieldErrors Text(string field, string? value, string label, int max, bool required = true)
    {
        if (required && string.IsNullOrWhiteSpace(value)) return Add(field, $"Vul {label} in.");
        if (value is not null && value.Length > max) Add(field, $"{Capitalise(label)} is te lang: {value.Length} tekens, ten hoogste {max}.");
        return this;
    }

    /// <summary>Checks that every slug is one of the allowed values.</summary>
    public FieldErrors Choices(string field, IReadOnlyList<string> values, IReadOnlyDictionary<string, string> allowed, string label, bool required, int max = 10)
    {
        if (required && values.Count == 0) return Add(field, $"Kies ten minste één {label}.");
        if (values.Count > max) return Add(field, $"Kies ten hoogste {max}.");
        if (values.FirstOrDefault(v => !allowed.ContainsKey(v)) is { } unknown) Add(field, $"Onbekende keuze: {unknown}.");
        return this;
    }

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
