using Kennisplatform.Network.Model;
using Kennisplatform.Theme.Models;

namespace Kennisplatform.Host.Network;

/// <summary>The anti-forgery field every form of the network carries.</summary>
public sealed record FormToken(string Field, string Value);

/// <summary>One result in a list of profiles, projects or questions.</summary>
public sealed record ListEntry(string Title, string Url, IReadOnlyList<string> Meta, string? Summary);

/// <summary>A facet with its values as filter links and counts.</summary>
public sealed record FacetGroup(string Title, IReadOnlyList<FacetOption> Options);

/// <summary>A facet value: a link that adds or removes the filter, with the number of matches.</summary>
public sealed record FacetOption(string Label, int Count, string Url, bool Selected);

/// <summary>A searchable list (colleagues, projects, questions).</summary>
public sealed record NetworkListModel(
    PageFrame Frame,
    string Heading,
    string Intro,
    string Action,
    string? Query,
    bool NewestFirst,
    string? NewestLabel,
    IReadOnlyDictionary<string, string> Filters,
    int Total,
    IReadOnlyList<ListEntry> Items,
    IReadOnlyList<FacetGroup> Facets,
    IReadOnlyList<Link> Actions,
    Link? Previous,
    Link? Next);

/// <summary>The kinds of input a network form has.</summary>
public enum FieldType
{
    /// <summary>One line.</summary>
    Text,

    /// <summary>Several lines.</summary>
    TextArea,

    /// <summary>Several choices (checkboxes).</summary>
    Checkboxes,

    /// <summary>One choice from a list.</summary>
    Select,

    /// <summary>Yes or no.</summary>
    Checkbox,

    /// <summary>A date.</summary>
    Date,

    /// <summary>An e-mail address.</summary>
    Email,

    /// <summary>A phone number.</summary>
    Tel,
}

/// <summary>A field of a form, with what was typed and the message beside it.</summary>
public sealed record FormField(
    string Name,
    string Label,
    FieldType Type,
    string? Value = null,
    IReadOnlyList<string>? Values = null,
    IReadOnlyList<KeyValuePair<string, string>>? Options = null,
    string? Error = null,
    string? Hint = null,
    bool Required = false,
    int? MaxLength = null);

/// <summary>A form page: fields with values and errors, hidden values, and what was not saved after a conflict.</summary>
public sealed record NetworkFormModel(
    PageFrame Frame,
    string Heading,
    string? Intro,
    string Action,
    string Submit,
    FormToken Token,
    IReadOnlyList<FormField> Fields,
    IReadOnlyDictionary<string, string> Hidden,
    string? Alert = null,
    IReadOnlyList<KeyValuePair<string, string>>? Unsaved = null);

/// <summary>A short page with a message and links onward (done, refused, unavailable).</summary>
public sealed record NetworkMessageModel(PageFrame Frame, string Heading, string Text, IReadOnlyList<Link> Links);

/// <summary>A profile as colleagues see it.</summary>
public sealed record ProfileViewModel(PageFrame Frame, Profile Profile, Taxonomy Taxonomy, bool Own, IReadOnlyList<Project> Projects, FormToken Token);

/// <summary>A project as colleagues see it.</summary>
public sealed record ProjectViewModel(PageFrame Frame, Project Project, Profile? Contact, Taxonomy Taxonomy, bool Own, FormToken Token);

/// <summary>A question with its answers, the answer form and, for the asker, the buttons to mark the helpful answer.</summary>
public sealed record QuestionViewModel(
    PageFrame Frame, Question Question, IReadOnlyDictionary<string, Profile> Authors, Taxonomy Taxonomy, Member Viewer, FormToken Token,
    string? AnswerText, string? AnswerError);

/// <summary>Open reports for moderators.</summary>
public sealed record ModerationModel(PageFrame Frame, IReadOnlyList<Report> Reports, FormToken Token, string? Notice);
