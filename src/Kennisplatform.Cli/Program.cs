using Kennisplatform.Cli;

return await CommandLine.RunAsync(args, DateOnly.FromDateTime(DateTime.Now));
