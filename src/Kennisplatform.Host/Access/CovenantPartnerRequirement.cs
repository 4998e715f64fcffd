using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Kennisplatform.Host.Access;

/// <summary>The user belongs to one of the configured covenant partners (<see cref="AccessOptions.CovenantPartners"/>).</summary>
public sealed class CovenantPartnerRequirement : IAuthorizationRequirement;

/// <summary>
/// The one place that decides covenant membership, for closed pages and closed search results alike (both go through
/// the <see cref="PlatformClaims.CovenantPolicy"/> policy).
/// </summary>
public sealed class CovenantPartnerHandler(IOptionsMonitor<AccessOptions> options) : AuthorizationHandler<CovenantPartnerRequirement>
{
    /// <inheritdoc />
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, CovenantPartnerRequirement requirement)
    {
        if (context.User.Identity?.IsAuthenticated == true &&
            options.CurrentValue.IsCovenantPartner(context.User.FindFirst(PlatformClaims.Organisation)?.Value))
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }
}
