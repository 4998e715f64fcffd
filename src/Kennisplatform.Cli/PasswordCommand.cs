using System.CommandLine;
using Kennisplatform.Host.Access;

namespace Kennisplatform.Cli;

/// <summary><c>kennisplatform wachtwoord</c>: reads a password from standard input and prints its hash for the users file.</summary>
public static class PasswordCommand
{
    /// <summary>The <c>wachtwoord</c> verb.</summary>
    public static Command Create()
    {
        var command = new Command("wachtwoord", "hash a password (read from stdin) for gebruikers.json");
        command.SetAction(_ => Run());
        return command;
    }

    /// <summary>Prints <c>pbkdf2-sha256$…</c>; exit code 2 without input.</summary>
    public static int Run()
    {
        var password = Console.In.ReadLine();
        if (string.IsNullOrEmpty(password))
        {
            Console.Error.WriteLine("usage: echo 'wachtwoord' | kennisplatform wachtwoord   (prints the hash for gebruikers.json)");
            return 2;
        }
        Console.WriteLine(PasswordHash.Create(password));
        return 0;
    }
}
