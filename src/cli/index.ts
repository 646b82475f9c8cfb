// The send-placement command. Filled in by issue 7.
console.log('send-placement: commands arrive with issue 7');
