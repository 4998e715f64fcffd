namespace Kennisplatform.Host.Network;

/// <summary>Reads posted form values as typed; lengths are checked by the forms' validation, not cut here.</summary>
public sealed class FormReader(IFormCollection form)
{
    /// <summary>A text value ("" when absent).</summary>
    public string Text(string name) => form[name].ToString();

    /// <summary>An optional text value (null when empty).</summary>
    public string? Optional(string name) => string.IsNullOrWhiteSpace(form[name]) ? null : form[name].ToString();

    /// <summary>Every value of a multi-valued field (checkboxes), at most 50.</summary>
    public IReadOnlyList<string> All(string name) => form[name].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!).Distinct().Take(50).ToList();

    /// <summary>A checkbox.</summary>
    public bool Checked(string name) => form[name] == "ja";

    /// <summary>A whole number, or the fallback.</summary>
    public int Int(string name, int fallback = 0) => int.TryParse(form[name], out var v) ? v : fallback;

    /// <summary>A long number, or null.</summary>
    public long? Long(string name) => long.TryParse(form[name], out var v) ? v : null;
}
