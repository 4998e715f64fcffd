using Microsoft.AspNetCore.Antiforgery;

namespace Kennisplatform.Host.Access;

/// <summary>The one check that a posted form is a form and carries a valid anti-forgery token.</summary>
public static class AntiforgeryForm
{
    /// <summary>True when the request is a form post with a valid token; false (never an exception) otherwise.</summary>
    public static async Task<bool> IsValidFormAsync(this IAntiforgery antiforgery, HttpContext context)
    {
        if (!context.Request.HasFormContentType) return false;
        try
        {
            await antiforgery.ValidateRequestAsync(context);
            return true;
        }
        catch (AntiforgeryValidationException)
        {
            return false;
        }
    }
}
