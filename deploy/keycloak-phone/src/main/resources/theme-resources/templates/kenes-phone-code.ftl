<#-- Kenes: sign in or sign up by Kazakh mobile number, step 2 (the code sent by SMS). -->
<#import "template.ftl" as layout>
<@layout.registrationLayout displayMessage=true; section>
    <#if section = "header">
        ${msg("kenesPhoneCodeTitle")}
    <#elseif section = "form">
        <p id="kenes-phone-sent">${msg("kenesPhoneCodeSent", (kenesPhoneMasked!''))}</p>
        <form id="kenes-phone-code-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
            <div class="${properties.kcFormGroupClass!}">
                <label for="kenes-code" class="${properties.kcLabelClass!}">${msg("kenesPhoneCode")}</label>
                <input id="kenes-code" name="code" type="text" inputmode="numeric" pattern="[0-9]*" maxlength="6"
                       autocomplete="one-time-code" class="${properties.kcInputClass!}" required autofocus/>
            </div>
            <div class="${properties.kcFormGroupClass!}">
                <button id="kenes-code-submit" type="submit" name="verify" value="verify"
                        class="${properties.kcButtonClass!} ${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!} ${properties.kcButtonLargeClass!}">${msg("kenesPhoneVerify")}</button>
            </div>
        </form>
        <form id="kenes-phone-again-form" action="${url.loginAction}" method="post">
            <button id="kenes-phone-again" type="submit" name="again" value="again"
                    class="${properties.kcButtonClass!} ${properties.kcButtonSecondaryClass!} ${properties.kcButtonBlockClass!}">${msg("kenesPhoneAgain")}</button>
        </form>
    </#if>
</@layout.registrationLayout>
