namespace Kennisplatform.Theme.Models;

/// <summary>The sign-in page: the form with its anti-forgery token, an error to show, and an external provider if any.</summary>
public sealed record LoginPageModel(
    PageFrame Frame,
    string ReturnUrl,
    string? Username,
    string? Error,
    string TokenField,
    string Token,
    string? ExternalProvider);

/// <summary>
/// The page for a signed-in user without access to the closed part (status 403). It names nobody: it is answered at
/// the address of a closed page, where no personal detail belongs.
/// </summary>
public sealed record ForbiddenPageModel(PageFrame Frame);

/// <summary>The sign-out page: a form with its anti-forgery token.</summary>
public sealed record LogoutPageModel(PageFrame Frame, string TokenField, string Token);
